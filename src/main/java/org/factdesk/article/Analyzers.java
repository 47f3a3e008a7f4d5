package org.factdesk.article;

import jakarta.enterprise.context.ApplicationScoped;
import org.factdesk.analysis.Analyzer;

/**
 * The analysis engine the application uses. One immutable instance shared by all imports; the rules
 * editor will swap it for one built from the rule set in force.
 */
@ApplicationScoped
public class Analyzers {

  private volatile Analyzer current = new Analyzer();

  public Analyzer current() {
    return current;
  }
}
