package org.factdesk.claim;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.factdesk.identity.Role;

/**
 * The editors' confirm, mark and dismiss decisions as training data for the check-worthiness model:
 * one JSON object a line, oldest first, read from the database {@value #PAGE} at a time.
 */
@Stateless
@RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
public class ClaimDecisions {

  static final int PAGE = 500;

  /** One line of the export; {@code checkWorthy} is what a trainer reads as the label. */
  public record Line(
      long id,
      long claim,
      long article,
      Long candidate,
      String sentence,
      String decision,
      boolean checkWorthy,
      String reason,
      Double score,
      String decidedBy,
      String decidedAt) {}

  @PersistenceContext private EntityManager em;

  /** The decisions after {@code afterId}, at most {@value #PAGE}, by id. */
  public List<Line> after(long afterId) {
    return em
        .createNamedQuery(ClaimDecision.PAGE, ClaimDecision.class)
        .setParameter("after", afterId)
        .setMaxResults(PAGE)
        .getResultList()
        .stream()
        .map(
            d ->
                new Line(
                    d.getId(),
                    d.getClaimId(),
                    d.getArticleId(),
                    d.getCandidateId(),
                    d.getSentence(),
                    d.getDecision().name(),
                    d.getDecision().checkWorthy(),
                    d.getReason(),
                    d.getScore(),
                    d.getDecidedBy(),
                    d.getCreatedAt().toString()))
        .toList();
  }

  /** Writes every decision as JSONL, page by page. */
  public void writeTo(OutputStream out) throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    try (Jsonb jsonb = JsonbBuilder.create()) {
      long after = 0;
      for (List<Line> page = after(after); !page.isEmpty(); page = after(after)) {
        for (Line line : page) {
          writer.write(jsonb.toJson(line));
          writer.write('\n');
        }
        after = page.get(page.size() - 1).id();
      }
    } catch (IOException e) {
      throw e;
    } catch (Exception e) {
      throw new IOException("writing the claim decisions failed", e);
    }
    writer.flush();
  }
}
