package org.factdesk.claim;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;
import org.factdesk.analysis.claim.ClaimDifference;
import org.factdesk.analysis.claim.ClaimExtractor;
import org.factdesk.analysis.claim.ClaimMatch;
import org.factdesk.analysis.claim.ClaimMatcher;
import org.factdesk.analysis.claim.ClaimText;
import org.factdesk.analysis.claim.FoundClaim;
import org.factdesk.analysis.claim.FoundSpan;
import org.factdesk.analysis.claim.InternalConflicts;
import org.factdesk.analysis.claim.MeaningMatcher;
import org.factdesk.analysis.claim.SameStory;
import org.factdesk.analysis.embed.SentenceEmbedder;
import org.factdesk.article.Article;
import org.factdesk.article.Block;
import org.factdesk.article.ClaimCandidate;
import org.factdesk.article.ClaimSpan;
import org.factdesk.article.SameStories;
import org.factdesk.identity.Role;

/**
 * Confirms, dismisses and rewords claims, and links claims of different articles that state the
 * same thing (docs/decisions/0007): automatically when a claim is confirmed, by hand with {@link
 * #link} and {@link #unlink}. Linked claims share a cluster id, the smallest claim id among them.
 * Editors and fact-checkers share every action here, except that a fact-checker rewords and
 * dismisses only the claims that are theirs ({@link Claim#checkChangeableBy}).
 */
@Stateless
@RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME, Role.FACT_CHECKER_NAME})
public class ClaimService {

  private static final Logger LOG = Logger.getLogger(ClaimService.class.getName());

  /**
   * A new claim is compared with the newest this many confirmed claims of other articles, not with
   * every claim: one query, a bounded cost per confirm (a few milliseconds each), and a story is
   * retold within days, so its other tellings are among the newest. Older tellings are linked by
   * hand. A rare-word index (as {@code ClaimClusterer} blocks) would reach further back; it is not
   * needed at the sizes seen so far.
   */
  static final int COMPARED_CLAIMS = 2000;

  /** At most this many claims are offered as possibly the same claim. */
  static final int POSSIBLE_LINKS = 5;

  private final MeaningMatcher meaning = new MeaningMatcher();

  private final ClaimMatcher matcher = new ClaimMatcher();

  @PersistenceContext private EntityManager em;

  @Resource private SessionContext context;

  /**
   * Confirms a claim candidate as a claim; a blank {@code claimReviewed} becomes the sentence cut
   * to one short line. A candidate is confirmed once.
   */
  public ClaimDetail confirm(long candidateId, String claimReviewed) {
    ClaimCandidate candidate = em.find(ClaimCandidate.class, candidateId);
    if (candidate == null) {
      throw new ClaimNotFoundException("Claim candidate " + candidateId + " does not exist.");
    }
    List<Long> earlier =
        em.createNamedQuery(Claim.ID_OF_CANDIDATE, Long.class)
            .setParameter("candidate", candidateId)
            .getResultList();
    if (!earlier.isEmpty()) {
      throw new ClaimException(
          "Claim candidate " + candidateId + " is already claim " + earlier.get(0) + ".");
    }
    Block block = candidate.getBlock();
    checkOpen(block.getArticle());
    int shift = candidate.getStartOffset();
    List<FoundSpan> spans = new ArrayList<>();
    for (ClaimSpan span : candidate.getSpans()) {
      spans.add(
          new FoundSpan(
              span.getType(),
              span.getText(),
              span.getStartOffset() - shift,
              span.getEndOffset() - shift));
    }
    Claim claim =
        new Claim(
            block.getArticle(),
            candidateId,
            block.getId(),
            candidate.getSentence(),
            orShortLine(claimReviewed, candidate.getSentence()),
            candidate.getScore(),
            ClaimSpan.encode(spans),
            actor());
    return created(claim, ClaimDecision.Kind.CONFIRMED);
  }

  /**
   * Makes a claim of any text of a block, {@code start} (inclusive) to {@code end} (exclusive) in
   * the block's text; its spans and score are read from the text as the engine reads candidates.
   */
  public ClaimDetail markText(
      long articleId, int blockPosition, int start, int end, String claimReviewed) {
    Article article = article(articleId);
    checkOpen(article);
    Block block =
        article.getBlocks().stream()
            .filter(b -> b.getPosition() == blockPosition)
            .findFirst()
            .orElseThrow(
                () ->
                    new ClaimException(
                        "Article "
                            + articleId
                            + " has no block at position "
                            + blockPosition
                            + "."));
    int length = block.getText().length();
    if (start < 0 || end > length || start >= end) {
      throw new ClaimException(
          "The selection "
              + start
              + " to "
              + end
              + " is not inside the block's text (0 to "
              + length
              + "), or is empty.");
    }
    // stripped before the spans are read, so that their offsets are within the stored sentence
    String selection = block.getText().substring(start, end).strip();
    if (selection.isEmpty()) {
      throw new ClaimException("The selection holds only white space.");
    }
    List<FoundSpan> spans = spansOf(selection);
    Claim claim =
        new Claim(
            article,
            null,
            block.getId(),
            selection,
            orShortLine(claimReviewed, selection),
            ClaimExtractor.score(selection, spans),
            ClaimSpan.encode(spans),
            actor());
    return created(claim, ClaimDecision.Kind.MARKED);
  }

  /** Takes a claim out of checking; the reason is required. Its links stay. */
  public ClaimDetail dismiss(long claimId, String reason) {
    Claim claim = claim(claimId);
    claim.checkChangeableBy(actor(), isEditor(), "dismiss");
    claim.dismiss(reason, actor());
    em.persist(new ClaimDecision(claim, ClaimDecision.Kind.DISMISSED, reason, actor()));
    LOG.info(() -> "Claim " + claimId + " dismissed by " + actor());
    return view(claim);
  }

  /** New wording; the spans and score are read again when the sentence changed. */
  public ClaimDetail reword(long claimId, String claimReviewed, String sentence) {
    Claim claim = claim(claimId);
    claim.checkChangeableBy(actor(), isEditor(), "reword");
    String before = claim.getSentence();
    claim.reword(claimReviewed, sentence);
    if (!before.equals(claim.getSentence())) {
      List<FoundSpan> spans = spansOf(claim.getSentence());
      claim.respan(ClaimSpan.encode(spans), ClaimExtractor.score(claim.getSentence(), spans));
      relink(claim);
    }
    return view(claim);
  }

  /** One claim with its links. */
  public ClaimDetail get(long claimId) {
    return view(claim(claimId));
  }

  /**
   * What the caller may do with a claim now. Taking, releasing and rating are fact-checkers' acts
   * ({@link FactCheckService}); whether this claim allows them is the claim's rule.
   */
  public ClaimActions actions(long claimId) {
    Claim claim = claim(claimId);
    String me = actor();
    boolean checker = context.isCallerInRole(Role.FACT_CHECKER_NAME);
    return new ClaimActions(
        claim.whyNotChangeableBy(me, isEditor(), "change").isEmpty(),
        checker && claim.whyNotTakenBy(me).isEmpty(),
        checker && claim.whyNotReleasedBy(me).isEmpty(),
        checker && claim.whyNoVerdictBy(me).isEmpty());
  }

  /**
   * A reworded sentence may state other facts: the automatic links of the claim are made again from
   * its new wording; links made by hand stay.
   */
  private void relink(Claim claim) {
    List<Long> touched = new ArrayList<>();
    for (LinkedClaim link : linksOf(List.of(claim.getId()))) {
      if (link.getOrigin() == LinkOrigin.AUTO) {
        touched.add(link.getLeft().getId());
        touched.add(link.getRight().getId());
        em.remove(link);
      }
    }
    em.flush();
    if (!touched.isEmpty()) {
      recluster(touched);
    }
    if (claim.getState() != ClaimState.DISMISSED) {
      linkAutomatically(claim);
    }
  }

  /** The claims of an article, oldest first, with their links. */
  public List<ClaimDetail> claimsOf(long articleId) {
    article(articleId);
    return views(
        em.createNamedQuery(Claim.OF_ARTICLE, Claim.class)
            .setParameter("article", articleId)
            .getResultList());
  }

  /** The claims linked with this one, directly or through others, itself included. */
  public List<ClaimDetail> cluster(long claimId) {
    Claim claim = claim(claimId);
    if (claim.getClusterId() == null) {
      return views(List.of(claim));
    }
    return views(
        em.createNamedQuery(Claim.OF_CLUSTER, Claim.class)
            .setParameter("cluster", claim.getClusterId())
            .getResultList());
  }

  /**
   * Claims of other articles that may state the same thing in other words and are not linked with
   * this one (decision 0038): among the newest {@link #COMPARED_CLAIMS} confirmed claims elsewhere,
   * those the link model does not link and scores at least {@link MeaningMatcher#SUGGEST_FROM}
   * without its length terms ({@link MeaningMatcher#offer}, decision 0077); the likeliest first, at
   * most {@link #POSSIBLE_LINKS}. Claims already in this one's cluster are left out. Empty for a
   * dismissed claim.
   */
  public List<PossibleLink> possibleLinks(long claimId) {
    Claim claim = claim(claimId);
    if (claim.getState() == ClaimState.DISMISSED) {
      return List.of();
    }
    Set<Long> judgedOther = notSame(claim.getId());
    List<Claim> others =
        em
            .createNamedQuery(Claim.CONFIRMED_ELSEWHERE, Claim.class)
            .setParameter("article", claim.getArticle().getId())
            .setMaxResults(COMPARED_CLAIMS)
            .getResultList()
            .stream()
            .filter(
                other ->
                    claim.getClusterId() == null
                        || !claim.getClusterId().equals(other.getClusterId()))
            .filter(other -> !judgedOther.contains(other.getId()))
            .toList();
    if (others.isEmpty()) {
      return List.of();
    }
    float[] vector = vectorsOf(List.of(claim)).get(claim.getId());
    Map<Long, float[]> vectors = vectorsOf(others);
    MeaningMatcher.Embedded self = new MeaningMatcher.Embedded(text(claim), vector);
    record Offer(Claim other, double score, double cosine) {}
    List<Offer> offers = new ArrayList<>();
    for (Claim other : others) {
      float[] otherVector = vectors.get(other.getId());
      OptionalDouble score =
          meaning.offer(self, new MeaningMatcher.Embedded(text(other), otherVector));
      if (score.isPresent()) {
        offers.add(
            new Offer(other, score.getAsDouble(), SentenceEmbedder.cosine(vector, otherVector)));
      }
    }
    // only the offered few get their article read and their values compared
    return offers.stream()
        .sorted(Comparator.comparingDouble(Offer::score).reversed())
        .limit(POSSIBLE_LINKS)
        .map(
            o ->
                new PossibleLink(
                    o.other().getId(),
                    o.other().getArticle().getId(),
                    o.other().getArticle().getTitle(),
                    o.other().getSentence(),
                    o.score(),
                    Math.round(o.cosine() * 1000) / 1000.0,
                    // what linking by hand would store (as link() does)
                    matcher.match(self.claim(), text(o.other())).differences()))
        .toList();
  }

  /**
   * Records that a person judged two claims offered as possibly the same to say different things:
   * the pair is not offered again (decision 0038). Returns what is still offered for {@code
   * claimId}.
   */
  public List<PossibleLink> notTheSame(long claimId, long otherId) {
    Claim claim = claim(claimId);
    Claim other = claim(otherId);
    if (claim.getArticle().getId().equals(other.getArticle().getId())) {
      throw new ClaimException(
          "Claims "
              + claimId
              + " and "
              + otherId
              + " are of the same article; only claims of different articles are offered.");
    }
    long low = Math.min(claimId, otherId);
    long high = Math.max(claimId, otherId);
    if (linkOf(low, high) != null) {
      throw new ClaimException(
          "Claims " + low + " and " + high + " are linked; unlink them instead.");
    }
    if (!notSame(claimId).contains(otherId)) {
      em.createNativeQuery(
              "insert into claim_not_same (left_id, right_id, decided_by, decided_at)"
                  + " values (?1, ?2, ?3, ?4)")
          .setParameter(1, low)
          .setParameter(2, high)
          .setParameter(3, actor())
          .setParameter(4, java.time.OffsetDateTime.now(ZoneOffset.UTC))
          .executeUpdate();
      LOG.info(() -> "Claims " + low + " and " + high + " judged not the same by " + actor());
    }
    return possibleLinks(claimId);
  }

  /** The claims a person judged not the same as this one. */
  private Set<Long> notSame(long claimId) {
    Set<Long> others = new java.util.HashSet<>();
    for (Object row :
        em.createNativeQuery(
                "select case when left_id = ?1 then right_id else left_id end"
                    + " from claim_not_same where left_id = ?1 or right_id = ?1")
            .setParameter(1, claimId)
            .getResultList()) {
      others.add(((Number) row).longValue());
    }
    return others;
  }

  /** Links two claims of different articles by hand, whatever the matcher says of them. */
  public ClaimDetail link(long leftId, long rightId) {
    if (leftId == rightId) {
      throw new ClaimException("A claim cannot be linked with itself.");
    }
    Claim left = claim(Math.min(leftId, rightId));
    Claim right = claim(Math.max(leftId, rightId));
    if (left.getArticle().getId().equals(right.getArticle().getId())) {
      throw new ClaimException(
          "Claims "
              + left.getId()
              + " and "
              + right.getId()
              + " are of the same article; only claims of different articles are linked.");
    }
    for (Claim claim : List.of(left, right)) {
      if (claim.getState() == ClaimState.DISMISSED) {
        throw new ClaimException("Claim " + claim.getId() + " is dismissed; it is not linked.");
      }
    }
    if (linkOf(left.getId(), right.getId()) != null) {
      throw new ClaimException(
          "Claims " + left.getId() + " and " + right.getId() + " are already linked.");
    }
    // linked by hand after all: no longer "not the same"
    em.createNativeQuery("delete from claim_not_same where left_id = ?1 and right_id = ?2")
        .setParameter(1, left.getId())
        .setParameter(2, right.getId())
        .executeUpdate();
    em.persist(
        new LinkedClaim(
            left, right, matcher.match(text(left), text(right)), LinkOrigin.MANUAL, actor()));
    recluster(List.of(left.getId(), right.getId()));
    LOG.info(() -> "Claims " + left.getId() + " and " + right.getId() + " linked by " + actor());
    return view(claim(leftId));
  }

  /** Removes the link between two claims; their clusters are worked out again. */
  public ClaimDetail unlink(long leftId, long rightId) {
    long low = Math.min(leftId, rightId);
    long high = Math.max(leftId, rightId);
    LinkedClaim link = linkOf(low, high);
    if (link == null) {
      throw new ClaimException("Claims " + low + " and " + high + " are not linked.");
    }
    em.remove(link);
    em.flush();
    recluster(List.of(low, high));
    LOG.info(() -> "Claims " + low + " and " + high + " unlinked by " + actor());
    return view(claim(leftId));
  }

  private ClaimDetail created(Claim claim, ClaimDecision.Kind decision) {
    em.persist(claim);
    em.flush();
    em.persist(new ClaimDecision(claim, decision, null, actor()));
    linkAutomatically(claim);
    LOG.info(
        () ->
            "Claim "
                + claim.getId()
                + " of article "
                + claim.getArticle().getId()
                + " confirmed by "
                + actor());
    return view(claim);
  }

  /**
   * Compares a new claim with the newest {@link #COMPARED_CLAIMS} confirmed claims of other
   * articles and links every one the {@link MeaningMatcher} calls SAME or CONFLICT, then joins
   * their clusters and links articles that now tell the same story (decision 0018). The claim's
   * sentence is embedded here, once (decision 0017; never at import); only the others whose vectors
   * lie within {@link MeaningMatcher#CANDIDATE_COSINE} of it are matched. Runs under the {@code
   * claim-links} row lock, so that of two claims confirmed at once the second sees the first.
   */
  private void linkAutomatically(Claim claim) {
    // one linking at a time (V16): the claim of a concurrent confirm is committed, and seen here,
    // before this one reads the others
    em.createNativeQuery("select name from app_lock where name = 'claim-links' for update")
        .getResultList();
    List<Claim> others =
        em.createNamedQuery(Claim.CONFIRMED_ELSEWHERE, Claim.class)
            .setParameter("article", claim.getArticle().getId())
            .setMaxResults(COMPARED_CLAIMS)
            .getResultList();
    float[] vector = SentenceEmbedder.shared().embed(claim.getSentence());
    Embeddings.saveClaim(em, claim.getId(), vector);
    Map<Long, float[]> vectors = vectorsOf(others);
    MeaningMatcher.Embedded self = new MeaningMatcher.Embedded(text(claim), vector);
    List<Long> linked = new ArrayList<>();
    Map<Long, Integer> linksPerArticle = new HashMap<>();
    for (Claim other : others) {
      float[] otherVector = vectors.get(other.getId());
      if (SentenceEmbedder.cosine(vector, otherVector) < MeaningMatcher.CANDIDATE_COSINE) {
        continue;
      }
      MeaningMatcher.Embedded that = new MeaningMatcher.Embedded(text(other), otherVector);
      // the left claim of a link has the smaller id; a claim confirmed at the same moment, or one
      // reworded, may be older or newer than this one
      boolean otherFirst = other.getId() < claim.getId();
      ClaimMatch match = otherFirst ? meaning.match(that, self) : meaning.match(self, that);
      if (match.verdict().linked()) {
        em.persist(
            otherFirst
                ? new LinkedClaim(other, claim, match, LinkOrigin.AUTO, actor())
                : new LinkedClaim(claim, other, match, LinkOrigin.AUTO, actor()));
        linked.add(other.getId());
        linksPerArticle.merge(other.getArticle().getId(), 1, Integer::sum);
      }
    }
    if (!linked.isEmpty()) {
      linked.add(claim.getId());
      recluster(linked);
      em.flush();
      linkSameStories(claim.getArticle(), linksPerArticle.keySet());
    }
  }

  /**
   * The stored vectors of these claims; those without one (confirmed before vectors were kept) are
   * embedded now, once, and stored.
   */
  private Map<Long, float[]> vectorsOf(List<Claim> claims) {
    Map<Long, float[]> vectors =
        Embeddings.ofClaims(em, claims.stream().map(Claim::getId).toList());
    List<Claim> missing = claims.stream().filter(c -> !vectors.containsKey(c.getId())).toList();
    if (!missing.isEmpty()) {
      List<float[]> made =
          SentenceEmbedder.shared().embedAll(missing.stream().map(Claim::getSentence).toList());
      for (int i = 0; i < missing.size(); i++) {
        Embeddings.saveClaim(em, missing.get(i).getId(), made.get(i));
        vectors.put(missing.get(i).getId(), made.get(i));
      }
    }
    return vectors;
  }

  /**
   * Links the article with each of {@code others} as the same story when {@link SameStory} says so,
   * from the claims now linked between them and the cosine of their openings.
   */
  private void linkSameStories(Article article, Collection<Long> others) {
    float[] opening = Openings.of(em, article);
    for (Long otherId : others) {
      long links =
          em.createNamedQuery(LinkedClaim.COUNT_BETWEEN_ARTICLES, Long.class)
              .setParameter("a", article.getId())
              .setParameter("b", otherId)
              .getSingleResult();
      double cosine =
          SentenceEmbedder.cosine(opening, Openings.of(em, em.find(Article.class, otherId)));
      String reason = SameStory.reason((int) links, cosine);
      if (reason != null && SameStories.link(em, article.getId(), otherId, Math.max(0, cosine))) {
        LOG.info(
            () ->
                "Articles "
                    + article.getId()
                    + " and "
                    + otherId
                    + " linked as the same story: "
                    + reason);
      }
    }
  }

  /**
   * Statements of the article that give one event different values (decision 0017): every sentence
   * of its blocks that are article (not flagged out), compared with each other.
   */
  public List<InternalConflict> internalConflicts(long articleId) {
    Article article = article(articleId);
    List<ClaimText> sentences = new ArrayList<>();
    List<Integer> blocks = new ArrayList<>();
    ClaimExtractor every = new ClaimExtractor(0.0);
    for (Block block : article.getBlocks()) {
      if (block.isRemoved()) {
        continue;
      }
      for (FoundClaim c : every.extract(block.getPosition(), block.getText())) {
        sentences.add(new ClaimText(String.valueOf(articleId), c.text(), c.spans()));
        blocks.add(block.getPosition());
      }
    }
    return new InternalConflicts(SentenceEmbedder.shared())
        .find(sentences).stream()
            .map(
                c ->
                    new InternalConflict(
                        blocks.get(c.left()),
                        sentences.get(c.left()).text(),
                        blocks.get(c.right()),
                        sentences.get(c.right()).text(),
                        c.differences(),
                        c.similarity(),
                        c.reason()))
            .toList();
  }

  /**
   * Gives each group of claims connected by links, starting from {@code seeds}, the smallest id
   * among them as cluster id; a claim linked to none has none. Every claim whose cluster a link
   * change touches is reachable from one of the changed link's ends, so this is enough.
   */
  private void recluster(Collection<Long> seeds) {
    Set<Long> done = new java.util.HashSet<>();
    for (Long seed : seeds) {
      if (done.contains(seed)) {
        continue;
      }
      Set<Long> group = new TreeSet<>();
      group.add(seed);
      Deque<Long> frontier = new ArrayDeque<>(List.of(seed));
      while (!frontier.isEmpty()) {
        List<Long> ask = new ArrayList<>(frontier);
        frontier.clear();
        for (LinkedClaim link : linksOf(ask)) {
          for (Long id : List.of(link.getLeft().getId(), link.getRight().getId())) {
            if (group.add(id)) {
              frontier.add(id);
            }
          }
        }
      }
      done.addAll(group);
      Long clusterId = group.size() > 1 ? group.iterator().next() : null;
      for (Long id : group) {
        em.find(Claim.class, id).joinCluster(clusterId);
      }
    }
  }

  private List<LinkedClaim> linksOf(Collection<Long> claimIds) {
    if (claimIds.isEmpty()) {
      return List.of();
    }
    return em.createNamedQuery(LinkedClaim.OF_CLAIMS, LinkedClaim.class)
        .setParameter("claims", claimIds)
        .getResultList();
  }

  private LinkedClaim linkOf(long left, long right) {
    return em.createNamedQuery(LinkedClaim.OF_PAIR, LinkedClaim.class)
        .setParameter("left", left)
        .setParameter("right", right)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private List<ClaimDetail> views(List<Claim> claims) {
    Map<Long, List<ClaimDetail.Link>> links = new HashMap<>();
    Set<Long> ids = new LinkedHashSet<>();
    claims.forEach(c -> ids.add(c.getId()));
    for (LinkedClaim link : linksOf(ids)) {
      Claim left = link.getLeft();
      Claim right = link.getRight();
      if (ids.contains(left.getId())) {
        links
            .computeIfAbsent(left.getId(), k -> new ArrayList<>())
            .add(seenFrom(link, right, link.getDifferences()));
      }
      if (ids.contains(right.getId())) {
        List<ClaimDifference> swapped =
            link.getDifferences().stream()
                .map(d -> new ClaimDifference(d.type(), d.right(), d.left()))
                .toList();
        links
            .computeIfAbsent(right.getId(), k -> new ArrayList<>())
            .add(seenFrom(link, left, swapped));
      }
    }
    return claims.stream().map(c -> view(c, links.getOrDefault(c.getId(), List.of()))).toList();
  }

  private static ClaimDetail.Link seenFrom(
      LinkedClaim link, Claim other, List<ClaimDifference> differences) {
    return new ClaimDetail.Link(
        other.getId(),
        other.getArticle().getId(),
        link.getVerdict(),
        link.getSimilarity(),
        differences,
        link.getReason(),
        link.getOrigin(),
        link.getCreatedBy());
  }

  private ClaimDetail view(Claim claim) {
    return views(List.of(claim)).get(0);
  }

  private static ClaimDetail view(Claim c, List<ClaimDetail.Link> links) {
    return new ClaimDetail(
        c.getId(),
        c.getArticle().getId(),
        c.getArticle().getTitle(),
        c.getCandidateId(),
        c.getBlockId(),
        c.getSentence(),
        c.getClaimReviewed(),
        c.getState(),
        c.getDismissReason(),
        c.getDismissedBy(),
        c.getScore(),
        c.getSpans().stream()
            .map(
                s ->
                    new ClaimDetail.Span(
                        s.getType(), s.getText(), s.getStartOffset(), s.getEndOffset()))
            .toList(),
        c.getCreatedBy(),
        c.getClusterId(),
        links,
        c.getAssignee(),
        c.getAssignedBy(),
        c.getDueDate(),
        Priority.at(c.getPriorityKey(), LocalDate.now(ZoneOffset.UTC)),
        c.getRating(),
        c.getCheckedBy());
  }

  /** What the matcher reads of a stored claim; the article id keeps one article's claims apart. */
  private static ClaimText text(Claim claim) {
    return new ClaimText(
        String.valueOf(claim.getArticle().getId()),
        claim.getSentence(),
        claim.getSpans().stream()
            .map(s -> new FoundSpan(s.getType(), s.getText(), s.getStartOffset(), s.getEndOffset()))
            .toList());
  }

  /** The spans of a text, read sentence by sentence; offsets within the text. */
  private static List<FoundSpan> spansOf(String text) {
    List<FoundSpan> spans = new ArrayList<>();
    new ClaimExtractor(0.0).extract(0, text).forEach(c -> spans.addAll(c.spans()));
    return spans;
  }

  private static String orShortLine(String claimReviewed, String sentence) {
    return claimReviewed == null || claimReviewed.isBlank()
        ? Claim.shortLine(sentence)
        : claimReviewed;
  }

  /** Claims of an approved or rejected article stay as they are until it is reopened. */
  private static void checkOpen(Article article) {
    if (!article.isEditable()) {
      throw new ClaimException(
          "Article "
              + article.getId()
              + " is "
              + article.getState().label().toLowerCase(java.util.Locale.ROOT)
              + "; reopen it to add claims.");
    }
  }

  private Article article(long id) {
    Article article = em.find(Article.class, id);
    if (article == null) {
      throw new ClaimNotFoundException("Article " + id + " does not exist.");
    }
    return article;
  }

  private Claim claim(long id) {
    Claim claim = em.find(Claim.class, id);
    if (claim == null) {
      throw new ClaimNotFoundException("Claim " + id + " does not exist.");
    }
    return claim;
  }

  private String actor() {
    return context.getCallerPrincipal().getName();
  }

  private boolean isEditor() {
    return context.isCallerInRole(Role.EDITOR_NAME) || context.isCallerInRole(Role.ADMIN_NAME);
  }
}
