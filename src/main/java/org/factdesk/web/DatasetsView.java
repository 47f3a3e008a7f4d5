package org.factdesk.web;

import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Supplier;
import org.factdesk.article.ArticleLabel;
import org.factdesk.dataset.Dataset;
import org.factdesk.dataset.DatasetException;
import org.factdesk.dataset.DatasetFilter;
import org.factdesk.dataset.DatasetService;
import org.factdesk.dataset.DatasetService.DatasetView;
import org.factdesk.dataset.DatasetService.VersionView;
import org.factdesk.dataset.DatasetVersion;
import org.factdesk.dataset.SplitRule;
import org.factdesk.identity.Role;

/**
 * The Datasets page: every role sees the datasets, their published versions with the manifest, and
 * downloads them; admins create and change datasets, preview how many articles a filter takes in,
 * and publish versions.
 */
@Named
@ViewScoped
public class DatasetsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private DatasetService datasets;
  @Inject private Caller caller;

  private Long selectedId;
  private List<DatasetView> all = List.of();
  private DatasetView selected;
  private List<VersionView> versions = List.of();

  /** The selected dataset's version being published, or the last that failed; else null. */
  private VersionView unfinished;

  /** The form: null while closed; 0 for a new dataset, else the id of the one changed. */
  private Long editingId;

  private long editingVersion;
  private String name;
  private String description;
  private String outlet;
  private LocalDate from;
  private LocalDate to;
  private ArticleLabel[] include = {};
  private ArticleLabel[] exclude = {};
  private Long previewCount;
  private String license;
  private String splitBy = "NONE";
  private String splitValue;

  public void load() {
    all = datasets.all();
    if (selectedId != null) {
      select(selectedId);
    }
  }

  public void select(long id) {
    selected = datasets.find(id).orElse(null);
    selectedId = selected == null ? null : id;
    versions = selected == null ? List.of() : datasets.versions(id);
    unfinished = selected == null ? null : datasets.unfinished(id).orElse(null);
    editingId = null;
    previewCount = null;
  }

  public void startNew() {
    editingId = 0L;
    name = null;
    description = null;
    outlet = null;
    from = null;
    to = null;
    include = new ArticleLabel[0];
    exclude = new ArticleLabel[0];
    license = null;
    splitBy = "NONE";
    splitValue = null;
    previewCount = null;
  }

  public void startEdit() {
    if (selected == null) {
      return;
    }
    editingId = selected.id();
    editingVersion = selected.entityVersion();
    name = selected.name();
    description = selected.description();
    DatasetFilter f = selected.filter();
    outlet = f.outlet();
    from = f.from();
    to = f.to();
    include = f.includeSorted().toArray(ArticleLabel[]::new);
    exclude = f.excludeSorted().toArray(ArticleLabel[]::new);
    license = selected.license();
    splitBy = selected.splitBy();
    splitValue = selected.splitValue();
    previewCount = null;
  }

  public void cancel() {
    editingId = null;
    previewCount = null;
  }

  public void preview() {
    attempt(
        () -> {
          previewCount = datasets.preview(filter());
          return null;
        },
        null);
  }

  public void save() {
    DatasetView saved =
        attempt(
            () ->
                editingId == 0L
                    ? datasets.create(
                        name, description, filter(), license, SplitRule.of(splitBy, splitValue))
                    : datasets.change(
                        editingId,
                        editingVersion,
                        name,
                        description,
                        filter(),
                        license,
                        SplitRule.of(splitBy, splitValue)),
            "Dataset saved.");
    if (saved != null) {
      all = datasets.all();
      select(saved.id());
    }
  }

  /** Starts publishing the next version; the page follows its progress. */
  public void publish() {
    if (selected == null) {
      return;
    }
    VersionView started = attempt(() -> datasets.startPublishing(selected.id()), null);
    if (started != null) {
      unfinished = started;
      Messages.info(
          "Publishing version "
              + started.number()
              + " of '"
              + selected.name()
              + "': "
              + count(started.progress().planned())
              + " approved articles. You may leave this page; publishing goes on.");
    }
  }

  /** Called by the page's poll while a version is being published. */
  public void refreshProgress() {
    if (selected == null || unfinished == null) {
      return;
    }
    int number = unfinished.number();
    VersionView now = datasets.version(selected.id(), number).orElse(null);
    if (now != null && now.isPublished()) {
      unfinished = null;
      versions = datasets.versions(selected.id());
      Messages.info(
          "Version "
              + number
              + " of '"
              + selected.name()
              + "' published with "
              + count(now.articles())
              + " articles.");
    } else {
      unfinished = now;
    }
  }

  /** True while the selected dataset has a version being published: the page polls. */
  public boolean isPublishingNow() {
    return unfinished != null && unfinished.state() == DatasetVersion.State.PUBLISHING;
  }

  private DatasetFilter filter() {
    return new DatasetFilter(outlet, from, to, labels(include), labels(exclude));
  }

  private static EnumSet<ArticleLabel> labels(ArticleLabel[] chosen) {
    EnumSet<ArticleLabel> set = EnumSet.noneOf(ArticleLabel.class);
    if (chosen != null) {
      set.addAll(List.of(chosen));
    }
    return set;
  }

  /** Runs an action; a broken rule is shown as the page's message and nothing changes. */
  private <T> T attempt(Supplier<T> action, String success) {
    try {
      T result = action.get();
      if (success != null) {
        Messages.info(success);
      }
      return result;
    } catch (DatasetException e) {
      Messages.error(e.getMessage());
    } catch (EJBException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      Messages.error(
          cause instanceof DatasetException
              ? cause.getMessage()
              : "The change could not be saved: " + cause.getMessage());
    }
    return null;
  }

  public boolean isAdmin() {
    return caller.hasAnyRole(Role.ADMIN_NAME);
  }

  public boolean isEditing() {
    return editingId != null;
  }

  public boolean isCreating() {
    return editingId != null && editingId == 0L;
  }

  public List<ArticleLabel> getLabels() {
    return List.of(ArticleLabel.values());
  }

  /** A count with thousands separated: 100,000. */
  public String count(long n) {
    return String.format(java.util.Locale.ENGLISH, "%,d", n);
  }

  public String minute(java.time.Instant at) {
    return at == null ? "" : Pages.minute(at);
  }

  public List<DatasetView> getAll() {
    return all;
  }

  public DatasetView getSelected() {
    return selected;
  }

  public VersionView getUnfinished() {
    return unfinished;
  }

  public List<VersionView> getVersions() {
    return versions;
  }

  public Long getSelectedId() {
    return selectedId;
  }

  public void setSelectedId(Long selectedId) {
    this.selectedId = selectedId;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getOutlet() {
    return outlet;
  }

  public void setOutlet(String outlet) {
    this.outlet = outlet;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public ArticleLabel[] getInclude() {
    return include;
  }

  public void setInclude(ArticleLabel[] include) {
    this.include = include;
  }

  public ArticleLabel[] getExclude() {
    return exclude;
  }

  public void setExclude(ArticleLabel[] exclude) {
    this.exclude = exclude;
  }

  public List<String> getLicenses() {
    return Dataset.LICENSES;
  }

  public String getLicense() {
    return license;
  }

  public void setLicense(String license) {
    this.license = license;
  }

  public String getSplitBy() {
    return splitBy;
  }

  public void setSplitBy(String splitBy) {
    this.splitBy = splitBy;
  }

  public String getSplitValue() {
    return splitValue;
  }

  public void setSplitValue(String splitValue) {
    this.splitValue = splitValue;
  }

  public Long getPreviewCount() {
    return previewCount;
  }
}
