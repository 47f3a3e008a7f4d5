package org.factdesk.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Factdesk as a cluster (issue 15, docs/decisions/0028-cluster-test.md): two instances A and B of
 * the WAR, one Payara Micro (Hazelcast) cluster on loopback, one PostgreSQL schema, started once
 * for all checks below by {@link Cluster}. Every check talks HTTP to the instances, as users and
 * pipelines do, and looks into the database behind their backs where "stored once" is the claim.
 * The instance kill runs last: the others need both instances.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

  private static final Logger LOG = Logger.getLogger(ClusterIT.class.getName());

  @RegisterExtension static final Cluster CLUSTER = new Cluster();

  private static final String EDITOR = "cluster-editor";
  private static final String EDITOR_PASSWORD = "amber-tide-91-quarry-Lantern";

  private static final Pattern ROW = Pattern.compile("class=\"fd-article-link\"[^>]*>([^<]*)<");

  private static Client admin;
  private static Client editorOnA;
  private static Client editorOnB;

  @BeforeAll
  static void accounts() throws Exception {
    LOG.info("Cluster of two started in " + CLUSTER.startTime.toMillis() + " ms");
    admin = Client.basic("admin", Cluster.ADMIN_PASSWORD);
    admin.call(
        CLUSTER.a,
        "POST",
        "/api/users",
        Json.createObjectBuilder()
            .add("username", EDITOR)
            .add("displayName", "Cluster Editor")
            .add("password", EDITOR_PASSWORD)
            .add("roles", Json.createArrayBuilder().add("EDITOR"))
            .build()
            .toString(),
        201);
    // Signed in once per instance, so that the imports pay no password hash per call.
    editorOnA = Client.signIn(CLUSTER.a, EDITOR, EDITOR_PASSWORD);
    editorOnB = Client.signIn(CLUSTER.b, EDITOR, EDITOR_PASSWORD);
  }

  @Test
  @Order(1)
  void bothInstancesStartedTogetherOnAnEmptyDatabaseJoinedOneClusterWithOneAdmin()
      throws Exception {
    // The first-account race (STACK.md): both found no users, one insert lost; it must have
    // looked again instead of failing its deployment (both answered /health to get here).
    assertEquals(
        1, CLUSTER.database.number("select count(*) from app_user where username = 'admin'"));
    assertEquals(
        200, admin.get(CLUSTER.b, "/api/me").statusCode(), "the admin made on one works on B");
    assertTrue(
        CLUSTER.a.logged("DG Size: 2") && CLUSTER.b.logged("DG Size: 2"),
        "each instance saw a data grid (Hazelcast cluster) of two on loopback");
  }

  @Test
  @Order(2)
  void theSameArticlesImportedThroughBothInstancesAtOnceAreEachStoredOnce() throws Exception {
    int count = 500;
    String jsonl = String.join("\n", Articles.jsonl("same", count)) + "\n";
    long before = CLUSTER.database.number("select count(*) from article");

    ExecutorService two = Executors.newFixedThreadPool(2);
    CountDownLatch go = new CountDownLatch(1);
    try {
      Future<Long> onA = two.submit(startBatch(editorOnA, CLUSTER.a, jsonl, go));
      Future<Long> onB = two.submit(startBatch(editorOnB, CLUSTER.b, jsonl, go));
      go.countDown();
      long batchA = onA.get();
      long batchB = onB.get();

      JsonObject a = awaitFinished(editorOnA, CLUSTER.a, batchA, Duration.ofSeconds(180));
      JsonObject b = awaitFinished(editorOnB, CLUSTER.b, batchB, Duration.ofSeconds(180));
      LOG.info("Same 500 on both: A " + counts(a) + ", B " + counts(b));

      for (JsonObject batch : List.of(a, b)) {
        assertEquals(count, batch.getInt("total"), counts(batch));
        assertEquals(count, batch.getInt("processed"), counts(batch));
        assertEquals(0, batch.getInt("failed"), "no item failed: " + failures(batch));
      }
      assertEquals(
          count,
          a.getInt("imported") + b.getInt("imported"),
          "each article stored by exactly one instance: A " + counts(a) + ", B " + counts(b));

      // Item by item: one instance imported it, the other names that very article as duplicate.
      Map<Integer, JsonObject> itemsOfB = new HashMap<>();
      for (JsonValue item : b.getJsonArray("items")) {
        itemsOfB.put(item.asJsonObject().getInt("position"), item.asJsonObject());
      }
      for (JsonValue value : a.getJsonArray("items")) {
        JsonObject itemA = value.asJsonObject();
        JsonObject itemB = itemsOfB.get(itemA.getInt("position"));
        JsonObject imported = "IMPORTED".equals(itemA.getString("outcome")) ? itemA : itemB;
        JsonObject duplicate = imported == itemA ? itemB : itemA;
        assertEquals("IMPORTED", imported.getString("outcome"), itemA + " / " + itemB);
        assertEquals("DUPLICATE", duplicate.getString("outcome"), itemA + " / " + itemB);
        assertEquals(
            imported.getJsonNumber("articleId").longValue(),
            duplicate.getJsonNumber("duplicateOfId").longValue(),
            "the duplicate names the stored article: " + itemA + " / " + itemB);
      }

      assertEquals(count, CLUSTER.database.number("select count(*) from article") - before);
      assertEquals(
          0,
          CLUSTER.database.number(
              "select count(*) from (select content_hash from article"
                  + " group by content_hash having count(*) > 1) twice"),
          "no text stored twice");
      long total = before + count;
      assertEquals(total, articleTotal(editorOnA, CLUSTER.a), "the list on A counts them all");
      assertEquals(total, articleTotal(editorOnB, CLUSTER.b), "the list on B counts the same");
    } finally {
      two.shutdownNow();
    }
  }

  @Test
  @Order(3)
  void anArticleImportedOnAIsFoundByAWordSearchOnBWithinFiveSeconds() throws Exception {
    String word = "zephyrquill" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "");
    String text = Articles.text("search", 1, "The " + word + " contract was signed on Friday.");
    HttpResponse<String> imported =
        editorOnA.post(
            CLUSTER.a,
            "/api/articles?title=" + Client.encode("Search across the cluster"),
            "text/plain; charset=UTF-8",
            text);
    assertEquals(201, imported.statusCode(), imported.body());
    long id = Client.json(imported.body()).getJsonObject("article").getJsonNumber("id").longValue();

    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    JsonObject found = search(editorOnB, CLUSTER.b, word);
    while (found.getJsonNumber("total").longValue() == 0 && System.nanoTime() < deadline) {
      Thread.sleep(200);
      found = search(editorOnB, CLUSTER.b, word);
    }
    assertEquals(
        1,
        found.getJsonNumber("total").longValue(),
        "B finds the article imported on A by the word '" + word + "' within 5 s: " + found);
    assertEquals(
        id,
        found.getJsonArray("rows").getJsonObject(0).getJsonNumber("id").longValue(),
        found.toString());
    assertEquals(1, search(editorOnA, CLUSTER.a, word).getJsonNumber("total").longValue());
    assertEquals(
        articleTotal(editorOnA, CLUSTER.a), articleTotal(editorOnB, CLUSTER.b), "counts agree");
  }

  @Test
  @Order(4)
  void aSessionStartedOnAWorksOnBAndAUserDisabledOnAIsRefusedOnBAtTheNextRequest()
      throws Exception {
    String name = "cluster-reader";
    JsonObject user =
        admin.call(
            CLUSTER.a,
            "POST",
            "/api/users",
            Json.createObjectBuilder()
                .add("username", name)
                .add("password", "velvet-orchard-64-Compass")
                .add("roles", Json.createArrayBuilder().add("FACT_CHECKER"))
                .build()
                .toString(),
            201);
    Client browser = Client.signIn(CLUSTER.a, name, "velvet-orchard-64-Compass");

    // The same cookie jar, now on B: the session and its pages are B's too.
    HttpResponse<String> me = browser.get(CLUSTER.b, "/api/me");
    assertEquals(200, me.statusCode(), "the session of A works on B: " + me.body());
    assertEquals(name, Client.json(me.body()).getString("username"));
    HttpResponse<String> page = browser.get(CLUSTER.b, "/dashboard.xhtml");
    assertEquals(200, page.statusCode(), "a page on B, signed in on A");
    assertTrue(
        page.body().contains("id=\"current-user\" class=\"fd-user-name\">" + name + "<"),
        "the page on B shows who is signed in");

    admin.call(CLUSTER.a, "POST", "/api/users/" + user.getJsonNumber("id") + "/disable", null, 200);

    HttpResponse<String> afterwards = browser.get(CLUSTER.b, "/api/me");
    assertEquals(
        401,
        afterwards.statusCode(),
        "disabled on A, refused on B at the next request: " + afterwards.body());
    HttpResponse<String> pageAfterwards = browser.get(CLUSTER.b, "/dashboard.xhtml");
    assertTrue(
        pageAfterwards.statusCode() == 302
            && pageAfterwards.headers().firstValue("Location").orElse("").contains("login"),
        "a page on B sends the disabled user to sign in: " + pageAfterwards.statusCode());
  }

  @Test
  @Order(5)
  void aSessionSignedOutOnAIsRefusedOnBThoughBServedItBefore() throws Exception {
    Client browser = Client.signIn(CLUSTER.a, EDITOR, EDITOR_PASSWORD);
    assertEquals(200, browser.get(CLUSTER.b, "/api/me").statusCode(), "B serves the session");
    assertEquals(200, browser.get(CLUSTER.b, "/dashboard.xhtml").statusCode());

    Client sameCookiesLater = Client.withCookies(browser.cookieHeader());
    assertEquals(200, sameCookiesLater.get(CLUSTER.b, "/api/me").statusCode(), "the copy works");

    HttpResponse<String> signedOut = browser.signOut(CLUSTER.a);
    assertEquals(302, signedOut.statusCode(), "Log out answers with a redirect");

    // The old session id, sent again: refused on B, and not revived on A by B's use of it.
    assertEquals(
        401,
        sameCookiesLater.get(CLUSTER.b, "/api/me").statusCode(),
        "signed out on A, the old session is refused on B");
    assertEquals(401, sameCookiesLater.get(CLUSTER.a, "/api/me").statusCode());
  }

  @Test
  @Order(6)
  void aPageFilteredOnAIsPagedOnBByItsAjaxPostbackWithThePageStateOfA() throws Exception {
    String word = "quillmoth" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "");
    HttpResponse<String> imported =
        editorOnA.post(
            CLUSTER.a,
            "/api/articles?title=" + Client.encode("Page state across the cluster " + word),
            "text/plain; charset=UTF-8",
            Articles.text("viewstate", 1, "The " + word + " ferry timetable changed on Monday."));
    assertEquals(201, imported.statusCode(), imported.body());

    Client browser = Client.signIn(CLUSTER.a, EDITOR, EDITOR_PASSWORD);
    HttpResponse<String> list = browser.get(CLUSTER.a, "/articles/list.xhtml");
    assertEquals(200, list.statusCode(), "the Articles page on A");
    Client.Form form = Client.Form.of(list);

    // On A, the Filter button with the word typed in: the view-scoped bean keeps the filter.
    Map<String, String> filter =
        Map.of(
            "jakarta.faces.source", "list:apply",
            "jakarta.faces.partial.execute", "list",
            "jakarta.faces.partial.render", "list:articles list:counts",
            "list:apply", "list:apply",
            "list", "list",
            "list:text", word);
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    HttpResponse<String> filtered =
        browser.ajax(CLUSTER.a, "/articles/list.xhtml", form, true, filter);
    while (rows(filtered.body()).size() != 1 && System.nanoTime() < deadline) {
      Thread.sleep(300); // the search index takes the new article within a moment (outbox)
      filtered = browser.ajax(CLUSTER.a, "/articles/list.xhtml", form, true, filter);
    }
    assertEquals(200, filtered.statusCode(), filtered.body());
    List<String> onA = rows(filtered.body());
    assertTrue(onA.size() == 1 && onA.get(0).contains(word), "A lists the one match: " + onA);

    // The table's paging request of the same page, sent to B: B must know A's filter.
    Map<String, String> paging =
        Map.of(
            "jakarta.faces.source", "list:articles",
            "jakarta.faces.partial.execute", "list:articles",
            "jakarta.faces.partial.render", "list:articles",
            "list:articles", "list:articles",
            "list:articles_pagination", "true",
            "list:articles_first", "0",
            "list:articles_rows", "25",
            "list:articles_skipChildren", "true",
            "list:articles_encodeFeature", "true",
            "list", "list");
    HttpResponse<String> paged =
        browser.ajax(CLUSTER.b, "/articles/list.xhtml", form, true, paging);
    assertEquals(200, paged.statusCode(), paged.body());
    assertTrue(paged.body().contains("<partial-response"), "a partial answer: " + paged.body());
    assertEquals(
        onA,
        rows(paged.body()),
        "B pages the list filtered on A (the view-scoped state reached B), not the whole list");

    // The same postback without the page's script nonce (a client without the page's script): the
    // client's error, never a 500. Ajax: the Faces ajax error, which PrimeFaces' script reports.
    HttpResponse<String> noNonce =
        browser.ajax(CLUSTER.b, "/articles/list.xhtml", form, false, paging);
    assertEquals(200, noNonce.statusCode(), noNonce.body());
    assertTrue(noNonce.body().contains("<error-name>class org.primefaces.csp"), noNonce.body());
    // A plain form post: 400 naming the missing field (MissingNonce).
    HttpResponse<String> plain =
        browser.post(
            CLUSTER.b,
            "/articles/list.xhtml",
            "application/x-www-form-urlencoded",
            "list=list&jakarta.faces.ViewState=" + Client.encode(form.viewState()));
    assertEquals(400, plain.statusCode(), plain.body());
    assertTrue(plain.body().contains("primefaces.nonce"), plain.body());

    for (Instance instance : List.of(CLUSTER.a, CLUSTER.b)) {
      assertFalse(
          instance.logged("Cannot serialize session attribute"),
          instance.name + " failed to copy a session attribute; " + instance.tail());
    }
  }

  /** The article titles of a list page or of its partial answer. */
  private static List<String> rows(String page) {
    List<String> titles = new ArrayList<>();
    Matcher title = ROW.matcher(page);
    while (title.find()) {
      titles.add(title.group(1));
    }
    return titles;
  }

  @Test
  @Order(7)
  void twoPublishersOfOneDatasetOnAAndBAtOnceNeverPublishTogether() throws Exception {
    JsonObject dataset =
        admin.call(
            CLUSTER.a,
            "POST",
            "/api/datasets",
            Json.createObjectBuilder()
                .add("name", "Cluster dataset")
                .add("description", "published from two instances at once")
                .add("license", "cc-by-4.0")
                .add("splitBy", "none")
                .build()
                .toString(),
            201);
    long id = dataset.getJsonNumber("id").longValue();
    String path = "/api/datasets/" + id + "/versions";

    ExecutorService two = Executors.newFixedThreadPool(2);
    CountDownLatch go = new CountDownLatch(1);
    List<Integer> answers;
    try {
      Future<HttpResponse<String>> onA = two.submit(publish(CLUSTER.a, path, go));
      Future<HttpResponse<String>> onB = two.submit(publish(CLUSTER.b, path, go));
      go.countDown();
      answers = new ArrayList<>(List.of(onA.get().statusCode(), onB.get().statusCode()));
      answers.sort(null);
      // The dataset is empty, so the first publisher may be done before the second one gets the
      // dataset's lock: then the second rightly makes the next version. What must never happen
      // is both publishing at once.
      assertTrue(
          answers.equals(List.of(202, 409)) || answers.equals(List.of(202, 202)),
          "one publisher starts, the other is told one is running or starts after it: A "
              + onA.get().body()
              + " B "
              + onB.get().body());
    } finally {
      two.shutdownNow();
    }

    long started = answers.stream().filter(status -> status == 202).count();
    // a 202 says the publishing began; its version row may be committed a moment later
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    JsonObject versions = admin.call(CLUSTER.b, "GET", "/api/datasets/" + id, null, 200);
    while ((versions.toString().contains("PUBLISHING")
            || versions.getJsonArray("versions").size() < started)
        && System.nanoTime() < deadline) {
      Thread.sleep(500);
      versions = admin.call(CLUSTER.b, "GET", "/api/datasets/" + id, null, 200);
    }
    assertEquals(started, versions.getJsonArray("versions").size(), versions.toString());
    for (int i = 0; i < started; i++) {
      assertEquals(
          "PUBLISHED",
          versions.getJsonArray("versions").getJsonObject(i).getString("state"),
          versions.toString());
    }
    assertEquals(
        started,
        CLUSTER.database.number("select count(*) from dataset_version where dataset_id = " + id));
    if (started == 2) {
      assertEquals(
          1,
          CLUSTER.database.number(
              "select count(*) from dataset_version v1 join dataset_version v2"
                  + " on v2.dataset_id = v1.dataset_id and v2.number = 2"
                  + " where v1.dataset_id = "
                  + id
                  + " and v1.number = 1 and v2.created_at >= v1.modified_at"),
          "version 2 began only after version 1 was out");
    }
  }

  @Test
  @Order(8)
  void aBatchWhoseInstanceIsKilledMidwayIsFinishedWithNothingHalfWrittenNorImportedTwice()
      throws Exception {
    int count = 200;
    String jsonl = String.join("\n", Articles.jsonl("killed", count)) + "\n";
    long batch = startBatch(editorOnA, CLUSTER.a, jsonl, new CountDownLatch(0)).call();

    // Midway: some items done, most not.
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    int processed = 0;
    while (processed < 20 && System.nanoTime() < deadline) {
      Thread.sleep(100);
      processed = progress(editorOnA, CLUSTER.a, batch).getInt("processed");
    }
    assertTrue(processed >= 20 && processed < count, "midway: " + processed + " of " + count);
    CLUSTER.a.kill();
    LOG.info("Killed A (kill -9) with " + processed + " of " + count + " items done");

    JsonObject finished = awaitFinished(editorOnB, CLUSTER.b, batch, Duration.ofSeconds(120));
    assertEquals(count, finished.getInt("processed"), counts(finished));
    assertEquals(count, finished.getInt("imported"), "every item imported: " + counts(finished));
    for (JsonValue item : finished.getJsonArray("items")) {
      assertEquals("IMPORTED", item.asJsonObject().getString("outcome"), item.toString());
    }
    assertEquals(
        count,
        CLUSTER.database.number(
            "select count(*) from article where title like 'Cluster story killed number %'"),
        "each article of the batch stored once");
    assertEquals(
        0,
        CLUSTER.database.number(
            "select count(*) from article a where title like 'Cluster story killed number %'"
                + " and not exists (select 1 from block b where b.article_id = a.id)"),
        "no article without its blocks (nothing half-written)");
  }

  private static Callable<Long> startBatch(
      Client client, Instance instance, String jsonl, CountDownLatch go) {
    return () -> {
      go.await();
      HttpResponse<String> started =
          client.post(instance, "/api/imports?name=cluster.jsonl", "application/x-ndjson", jsonl);
      assertEquals(202, started.statusCode(), instance.name + ": " + started.body());
      return Client.json(started.body()).getJsonNumber("batchId").longValue();
    };
  }

  private static Callable<HttpResponse<String>> publish(
      Instance instance, String path, CountDownLatch go) {
    return () -> {
      go.await();
      return admin.post(instance, path, "application/json", "");
    };
  }

  private static JsonObject progress(Client client, Instance instance, long batch)
      throws Exception {
    return client.call(instance, "GET", "/api/imports/" + batch + "?items=false", null, 200);
  }

  private static JsonObject awaitFinished(
      Client client, Instance instance, long batch, Duration within) throws Exception {
    long deadline = System.nanoTime() + within.toNanos();
    JsonObject progress = progress(client, instance, batch);
    while (!"FINISHED".equals(progress.getString("state"))) {
      if (System.nanoTime() > deadline) {
        fail(
            "Batch "
                + batch
                + " not finished on "
                + instance.name
                + " within "
                + within.toSeconds()
                + " s: "
                + counts(progress));
      }
      Thread.sleep(500);
      progress = progress(client, instance, batch);
    }
    return client.call(instance, "GET", "/api/imports/" + batch, null, 200);
  }

  private static String counts(JsonObject batch) {
    return batch.getString("state")
        + " processed "
        + batch.getInt("processed")
        + " imported "
        + batch.getInt("imported")
        + " duplicates "
        + batch.getInt("duplicates")
        + " failed "
        + batch.getInt("failed");
  }

  private static String failures(JsonObject batch) {
    StringBuilder out = new StringBuilder();
    for (JsonValue item : batch.getJsonArray("items")) {
      if ("FAILED".equals(item.asJsonObject().getString("outcome"))) {
        out.append(item).append('\n');
        if (out.length() > 2000) {
          break;
        }
      }
    }
    return out.toString();
  }

  private static long articleTotal(Client client, Instance instance) throws Exception {
    return client
        .call(instance, "GET", "/api/articles?size=1", null, 200)
        .getJsonNumber("total")
        .longValue();
  }

  private static JsonObject search(Client client, Instance instance, String word) throws Exception {
    return client.call(instance, "GET", "/api/articles?q=" + Client.encode(word), null, 200);
  }
}
