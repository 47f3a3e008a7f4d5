package org.factdesk.claim;

import jakarta.persistence.EntityManager;
import java.nio.ByteBuffer;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.factdesk.analysis.embed.SentenceEmbedder;

/**
 * Sentence vectors of claims and article openings in plain columns (V18; no vector index on this
 * stack, see decision 0017): 384 floats, big-endian. Only vectors of the current {@link
 * SentenceEmbedder#MODEL} are read back.
 */
final class Embeddings {

  private Embeddings() {}

  static void saveClaim(EntityManager em, long claimId, float[] vector) {
    em.createNativeQuery("delete from claim_embedding where claim_id = ?1")
        .setParameter(1, claimId)
        .executeUpdate();
    em.createNativeQuery(
            "insert into claim_embedding (claim_id, model, vector) values (?1, ?2, ?3)")
        .setParameter(1, claimId)
        .setParameter(2, SentenceEmbedder.MODEL)
        .setParameter(3, bytes(vector))
        .executeUpdate();
  }

  /** The stored vectors of these claims, by claim id; claims without one are left out. */
  static Map<Long, float[]> ofClaims(EntityManager em, Collection<Long> claimIds) {
    Map<Long, float[]> out = new HashMap<>();
    if (claimIds.isEmpty()) {
      return out;
    }
    List<?> rows =
        em.createNativeQuery(
                "select claim_id, vector from claim_embedding"
                    + " where model = :model and claim_id in (:ids)")
            .setParameter("model", SentenceEmbedder.MODEL)
            .setParameter("ids", claimIds)
            .getResultList();
    for (Object row : rows) {
      Object[] r = (Object[]) row;
      out.put(((Number) r[0]).longValue(), floats((byte[]) r[1]));
    }
    return out;
  }

  static void saveOpening(EntityManager em, long articleId, float[] vector) {
    em.createNativeQuery(
            "insert into article_opening (article_id, model, vector) values (?1, ?2, ?3)")
        .setParameter(1, articleId)
        .setParameter(2, SentenceEmbedder.MODEL)
        .setParameter(3, bytes(vector))
        .executeUpdate();
  }

  /** The stored opening vector of an article, or null. */
  static float[] opening(EntityManager em, long articleId) {
    List<?> rows =
        em.createNativeQuery(
                "select vector from article_opening where model = ?1 and article_id = ?2")
            .setParameter(1, SentenceEmbedder.MODEL)
            .setParameter(2, articleId)
            .getResultList();
    return rows.isEmpty() ? null : floats((byte[]) rows.get(0));
  }

  static byte[] bytes(float[] vector) {
    ByteBuffer buffer = ByteBuffer.allocate(vector.length * Float.BYTES);
    for (float v : vector) {
      buffer.putFloat(v);
    }
    return buffer.array();
  }

  static float[] floats(byte[] bytes) {
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    float[] vector = new float[bytes.length / Float.BYTES];
    for (int i = 0; i < vector.length; i++) {
      vector[i] = buffer.getFloat();
    }
    return vector;
  }
}
