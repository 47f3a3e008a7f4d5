package org.factdesk.review;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.factdesk.analysis.FlagType;
import org.factdesk.article.Flag;
import org.factdesk.article.FlagDecision;
import org.factdesk.identity.Role;

/**
 * How far editors agree with each detector: per detector and type, the flags accepted as they were,
 * accepted under another type, rejected and still pending, and the precision that follows; per
 * type, what editors had to add by hand, and the recall that follows. Read from the flags as
 * decided now, in one grouped query.
 */
@Stateless
@RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
public class DetectorQuality {

  @PersistenceContext private EntityManager em;

  /** One detector's record on one type. */
  public record Row(
      String detector, FlagType type, long accepted, long retyped, long rejected, long pending)
      implements Serializable {

    public long decided() {
      return accepted + retyped + rejected;
    }

    /** Share of decided flags editors accepted as they were; null before any decision. */
    public Double precision() {
      return decided() == 0 ? null : (double) accepted / decided();
    }
  }

  /** One type over all detectors, with what editors found that no detector did. */
  public record TypeRow(FlagType type, long found, long retypedTo, long addedByEditors)
      implements Serializable {

    /** Share of the blocks editors say are of this type that a detector flagged as such. */
    public Double recall() {
      long all = found + retypedTo + addedByEditors;
      return all == 0 ? null : (double) found / all;
    }
  }

  /** The report: detector rows by detector then type, and one row per type. */
  public record Report(List<Row> detectors, List<TypeRow> types) implements Serializable {}

  /** Most decisions one call of {@link #decisions} returns. */
  public static final int MAX_DECISIONS = 10_000;

  /**
   * One decided flag as training data for the learned insert types (decision 0023): the block's
   * text, what the editor made of it (ACCEPTED as flagged, RETYPED, or REJECTED: the block is
   * article), the type the detector gave and the type it has now.
   */
  public record Decision(
      long flagId, String text, String decision, FlagType type, FlagType newType, String detector) {

    /** The row as {@code TrainInsertTypes --decisions} reads it; tabs and breaks escaped. */
    public String tsv() {
      String clean =
          text.replace("\\", " ").replace("\t", "\\t").replace("\r", " ").replace("\n", "\\n");
      return String.join("\t", clean, decision, type.name(), newType.name(), detector);
    }
  }

  /** The header of {@link Decision#tsv} rows. */
  public static final String DECISIONS_HEADER = "text\tdecision\ttype\tnew_type\tdetector";

  /** A page of decided flags, oldest first: the editors' part of the training set. */
  public List<Decision> decisions(int first, int size) {
    if (first < 0 || size < 1 || size > MAX_DECISIONS) {
      throw new IllegalArgumentException(
          "first must be 0 or more and size between 1 and " + MAX_DECISIONS);
    }
    List<Object[]> rows =
        em.createQuery(
                "select f.id, b.text, f.decision, f.originalType, f.type, f.detector from Flag f"
                    + " join f.block b where f.decision <> :pending order by f.id",
                Object[].class)
            .setParameter("pending", FlagDecision.PENDING)
            .setFirstResult(first)
            .setMaxResults(size)
            .getResultList();
    List<Decision> out = new ArrayList<>(rows.size());
    for (Object[] r : rows) {
      FlagDecision decision = (FlagDecision) r[2];
      FlagType original = (FlagType) r[3];
      FlagType now = (FlagType) r[4];
      String label =
          decision == FlagDecision.REJECTED ? "REJECTED" : original == now ? "ACCEPTED" : "RETYPED";
      out.add(new Decision((Long) r[0], (String) r[1], label, original, now, (String) r[5]));
    }
    return out;
  }

  public Report report() {
    List<Object[]> groups =
        em.createQuery(
                "select f.detector, f.originalType, f.type, f.decision, count(f) from Flag f"
                    + " group by f.detector, f.originalType, f.type, f.decision",
                Object[].class)
            .getResultList();
    Map<String, Map<FlagType, long[]>> byDetector = new TreeMap<>();
    Map<FlagType, long[]> byType = new EnumMap<>(FlagType.class);
    for (FlagType type : FlagType.values()) {
      byType.put(type, new long[3]);
    }
    for (Object[] group : groups) {
      String detector = (String) group[0];
      FlagType original = (FlagType) group[1];
      FlagType now = (FlagType) group[2];
      FlagDecision decision = (FlagDecision) group[3];
      long count = (Long) group[4];
      if (Flag.BY_EDITOR.equals(detector)) {
        if (decision == FlagDecision.ACCEPTED) {
          byType.get(now)[2] += count;
        }
        continue;
      }
      long[] cells =
          byDetector
              .computeIfAbsent(detector, d -> new EnumMap<>(FlagType.class))
              .computeIfAbsent(original, t -> new long[4]);
      switch (decision) {
        case ACCEPTED -> {
          if (now == original) {
            cells[0] += count;
            byType.get(now)[0] += count;
          } else {
            cells[1] += count;
            byType.get(now)[1] += count;
          }
        }
        case REJECTED -> cells[2] += count;
        case PENDING -> cells[3] += count;
      }
    }
    List<Row> rows = new ArrayList<>();
    byDetector.forEach(
        (detector, types) ->
            types.forEach((type, c) -> rows.add(new Row(detector, type, c[0], c[1], c[2], c[3]))));
    List<TypeRow> types = new ArrayList<>();
    byType.forEach((type, c) -> types.add(new TypeRow(type, c[0], c[1], c[2])));
    return new Report(rows, types);
  }
}
