package org.factdesk.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.factdesk.analysis.claim.ClaimDifference;
import org.factdesk.analysis.claim.ClaimMatch;
import org.factdesk.analysis.claim.FactType;
import org.factdesk.analysis.claim.MatchVerdict;
import org.factdesk.platform.BaseEntity;
import org.hibernate.envers.Audited;

/**
 * Two claims of different articles that state the same thing (the link between them; named for what
 * it says of the claims, not to be confused with the engine's {@code ClaimLink}). The left claim
 * has the smaller id; the verdict and differences read left first. Found by the matcher ({@link
 * LinkOrigin#AUTO}) or made by hand ({@link LinkOrigin#MANUAL}).
 */
@Entity
@Audited
@Table(name = "claim_link")
@NamedQuery(
    name = LinkedClaim.OF_CLAIMS,
    query =
        "select l from LinkedClaim l join fetch l.left join fetch l.right"
            + " where l.left.id in :claims or l.right.id in :claims order by l.id")
@NamedQuery(
    name = LinkedClaim.OF_PAIR,
    query = "select l from LinkedClaim l where l.left.id = :left and l.right.id = :right")
@NamedQuery(
    name = LinkedClaim.COUNT_BETWEEN_ARTICLES,
    query =
        "select count(l) from LinkedClaim l where (l.left.article.id = :a and l.right.article.id = :b)"
            + " or (l.left.article.id = :b and l.right.article.id = :a)")
public class LinkedClaim extends BaseEntity {

  /** How many claims of one article are linked with claims of another. */
  public static final String COUNT_BETWEEN_ARTICLES = "LinkedClaim.countBetweenArticles";

  public static final String OF_CLAIMS = "LinkedClaim.ofClaims";
  public static final String OF_PAIR = "LinkedClaim.ofPair";

  private static final int MAX_DIFFERENCES = 4000;
  private static final int MAX_REASON = 2000;
  private static final String VS = " vs ";

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "left_claim_id")
  private Claim left;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "right_claim_id")
  private Claim right;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private MatchVerdict verdict;

  @Column(nullable = false)
  private double similarity;

  /** One difference a line, {@code TYPE: left vs right}; null for none. */
  @Column(length = MAX_DIFFERENCES)
  private String differences;

  @Column(length = MAX_REASON)
  private String reason;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private LinkOrigin origin;

  @Column(name = "created_by", nullable = false, length = 64)
  private String createdBy;

  protected LinkedClaim() {}

  /** {@code left} must have the smaller id; {@code match} compares left with right. */
  LinkedClaim(Claim left, Claim right, ClaimMatch match, LinkOrigin origin, String createdBy) {
    if (left.getId() >= right.getId()) {
      throw new IllegalArgumentException("left must have the smaller id");
    }
    this.left = left;
    this.right = right;
    this.verdict = match.verdict();
    this.similarity = match.similarity();
    this.differences = encode(match.differences());
    this.reason = clip(match.reason(), MAX_REASON);
    this.origin = origin;
    this.createdBy = createdBy;
  }

  /** The column value: one line per difference; only whole lines that fit are kept. */
  static String encode(List<ClaimDifference> differences) {
    StringBuilder out = new StringBuilder();
    for (ClaimDifference d : differences) {
      String line = d.type().name() + ": " + oneLine(d.left()) + VS + oneLine(d.right());
      if (out.length() + line.length() + 1 > MAX_DIFFERENCES) {
        break;
      }
      if (out.length() > 0) {
        out.append('\n');
      }
      out.append(line);
    }
    return out.length() == 0 ? null : out.toString();
  }

  /** The differences in a column value written by {@link #encode}. */
  static List<ClaimDifference> decode(String column) {
    List<ClaimDifference> out = new ArrayList<>();
    if (column == null || column.isEmpty()) {
      return out;
    }
    for (String line : column.split("\n")) {
      int colon = line.indexOf(": ");
      int vs = line.indexOf(VS, colon + 2);
      if (colon < 0 || vs < 0) {
        throw new IllegalArgumentException("not a stored difference: " + line);
      }
      out.add(
          new ClaimDifference(
              FactType.valueOf(line.substring(0, colon)),
              line.substring(colon + 2, vs),
              line.substring(vs + VS.length())));
    }
    return out;
  }

  private static String oneLine(String value) {
    return value.replace('\n', ' ').replace('\r', ' ');
  }

  private static String clip(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max);
  }

  public Claim getLeft() {
    return left;
  }

  public Claim getRight() {
    return right;
  }

  public MatchVerdict getVerdict() {
    return verdict;
  }

  public double getSimilarity() {
    return similarity;
  }

  public List<ClaimDifference> getDifferences() {
    return decode(differences);
  }

  public String getReason() {
    return reason;
  }

  public LinkOrigin getOrigin() {
    return origin;
  }

  public String getCreatedBy() {
    return createdBy;
  }
}
