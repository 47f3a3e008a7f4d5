package org.factdesk.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.factdesk.rules.RuleBook;
import org.factdesk.rules.RuleException;

/** The rules page (ADMIN): edit, test against stored articles, save, re-run detection. */
@Named
@ViewScoped
public class RulesView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private RuleBook rules;

  private int number;
  private String text;
  private String comment;
  private String testIds;
  private String rerunIds;
  private RuleBook.TestReport report;
  private List<RuleBook.Version> history;
  private org.factdesk.analysis.FlagType shownType;

  public void load() {
    RuleBook.Current current = rules.current();
    number = current.number();
    text = current.text();
    history = rules.history();
  }

  public void test() {
    try {
      report = rules.test(text, ids(testIds));
      Messages.info(
          "Tested on "
              + report.articles()
              + " articles: "
              + report.added().size()
              + " blocks newly flagged, "
              + report.removed().size()
              + " no longer flagged.");
    } catch (RuleException | IllegalArgumentException e) {
      report = null;
      Messages.error(e.getMessage());
    }
  }

  public void save() {
    try {
      number = rules.save(text, comment);
      text = rules.current().text();
      comment = null;
      history = rules.history();
      Messages.info("Saved as version " + number + "; new imports use it.");
    } catch (RuleException e) {
      Messages.error(e.getMessage());
    }
  }

  /** Puts an earlier version's text in the editor, to look at or to save again. */
  public void open(int version) {
    text = rules.text(version);
    Messages.info("Version " + version + " is in the editor; save it to put it in force again.");
  }

  public void rerun() {
    try {
      List<Long> ids = ids(rerunIds);
      if (ids.isEmpty()) {
        Messages.error("Give the ids of the articles to run detection on again.");
        return;
      }
      List<String> refused = rules.rerun(ids);
      int done = ids.size() - refused.size();
      Messages.info("Detection ran again on " + done + " of " + ids.size() + " articles.");
      refused.forEach(Messages::error);
    } catch (IllegalArgumentException e) {
      Messages.error(e.getMessage());
    }
  }

  /** "12, 15 17" as ids; a word that is not a number is named. */
  static List<Long> ids(String value) {
    List<Long> ids = new ArrayList<>();
    if (value == null) {
      return ids;
    }
    for (String part : value.split("[,\\s]+")) {
      if (part.isBlank()) {
        continue;
      }
      try {
        ids.add(Long.parseLong(part.strip()));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("'" + part + "' is not an article id.");
      }
    }
    return ids;
  }

  /**
   * The rules in the editor of the type chosen (all without one), with their line numbers: the
   * phrase lists and patterns per type. Empty while the text has a mistake.
   */
  public List<org.factdesk.analysis.detect.Rule> getRules() {
    try {
      return new org.factdesk.analysis.detect.RuleSet(
              text == null || text.contains("# version:") ? text : "# version: 0\n" + text)
          .rules().stream().filter(rule -> shownType == null || rule.type() == shownType).toList();
    } catch (IllegalArgumentException | NullPointerException e) {
      return List.of();
    }
  }

  public List<org.factdesk.analysis.FlagType> getTypes() {
    return List.of(org.factdesk.analysis.FlagType.values());
  }

  public org.factdesk.analysis.FlagType getShownType() {
    return shownType;
  }

  public void setShownType(org.factdesk.analysis.FlagType shownType) {
    this.shownType = shownType;
  }

  /** Which rules are in force, in words. */
  public String getInForce() {
    return number == 0 ? "the rules shipped with Factdesk" : "version " + number;
  }

  public int getNumber() {
    return number;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }

  public String getTestIds() {
    return testIds;
  }

  public void setTestIds(String testIds) {
    this.testIds = testIds;
  }

  public String getRerunIds() {
    return rerunIds;
  }

  public void setRerunIds(String rerunIds) {
    this.rerunIds = rerunIds;
  }

  public RuleBook.TestReport getReport() {
    return report;
  }

  public List<RuleBook.Version> getHistory() {
    return history;
  }
}
