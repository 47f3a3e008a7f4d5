package org.factdesk.audit;

import org.factdesk.platform.ActingUser;
import org.hibernate.envers.RevisionListener;

/**
 * Says who made a revision: see {@link ActingUser}. Envers calls it once per transaction that
 * changes audited entities, not once per row.
 */
public class RevisionUser implements RevisionListener {

  @Override
  public void newRevision(Object revisionEntity) {
    ((Revision) revisionEntity).setUsername(ActingUser.current());
  }
}
