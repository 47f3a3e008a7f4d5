package org.factdesk.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A newsroom at work against one or more Factdesk instances: editors browse, filter and search the
 * article list, open articles for review and comment on them; fact-checkers look at the dashboard
 * and their queue, take claims from the open pool and rate them; two importers send batches of new
 * articles and wait for each to finish, checking that every item is accounted for. Each virtual
 * person signs in once through the login form, as a browser does (sending the page's script nonce,
 * as PrimeFaces' script does), and keeps its session; the requests are spread over the base URLs in
 * turn, each request of a person possibly on another instance (sessions are replicated, decision
 * 0035), or one instance per person with {@code -Dfactdesk.spread=person}.
 *
 * <p>Settings (system properties): {@code factdesk.baseUrls} (comma-separated, default
 * http://localhost:8080), {@code factdesk.minutes} (10), {@code factdesk.people} (50, half editors
 * and half fact-checkers), {@code factdesk.importers} (2), {@code factdesk.batch} (articles per
 * import batch, 20). The demo accounts' passwords are the README's.
 */
public class NewsroomSimulation extends Simulation {

  private static final List<String> BASES =
      Arrays.stream(System.getProperty("factdesk.baseUrls", "http://localhost:8080").split(","))
          .map(String::strip)
          .filter(s -> !s.isEmpty())
          .toList();
  private static final Duration RUN = Duration.ofMinutes(Long.getLong("factdesk.minutes", 10L));
  private static final int PEOPLE = Integer.getInteger("factdesk.people", 50);
  private static final int IMPORTERS = Integer.getInteger("factdesk.importers", 2);
  private static final int BATCH = Integer.getInteger("factdesk.batch", 20);

  /**
   * {@code factdesk.spread}: {@code request} (default) sends each request of a person to the next
   * base URL in turn, as a balancer without sticky sessions would; {@code person} keeps each person
   * on one instance.
   */
  private static final boolean EVERY_REQUEST =
      !"person".equals(System.getProperty("factdesk.spread", "request"));

  private static final AtomicInteger NEXT = new AtomicInteger();

  /** Chooses the instance of the next request: {@code #{base}}. */
  private static final Function<Session, Session> LAND =
      session ->
          EVERY_REQUEST || !session.contains("base")
              ? session.set("base", BASES.get(Math.floorMod(NEXT.getAndIncrement(), BASES.size())))
              : session;

  private static final String[] WORDS = {
    "lighthouse",
    "ferry",
    "tariff",
    "harbour",
    "vaccine",
    "pension",
    "drought",
    "council",
    "\"wind farm\"",
    "railway costs"
  };
  private static final String[] FILTERS = {
    "",
    "state=IN_REVIEW",
    "state=IMPORTED&sort=PENDING",
    "flag=PROMOTIONAL",
    "pending=true",
    "duplicates=true",
    "sort=TITLE&asc=true",
    "sort=PUBLISHED",
    "outlet=Outlet%2017%20Post",
    "flag=AI_DISCLAIMER&state=IMPORTED",
    "pending=true&from=2025-03-01&to=2025-04-30",
    "first=1000"
  };
  private static final String[] RATINGS = {
    "TRUE", "MOSTLY_TRUE", "MIXED", "MISLEADING", "FALSE", "UNVERIFIABLE"
  };

  private final HttpProtocolBuilder protocol =
      http.baseUrls(BASES)
          .acceptHeader("application/json, text/html;q=0.9")
          .userAgentHeader("factdesk-load-test")
          // The base URLs stand for one site behind a balancer; on loopback they are two ports,
          // i.e. two origins, and an automatic Referer of the other port is (rightly) refused as
          // a cross-site POST. A browser behind a balancer sends its one origin; none is as good.
          .disableAutoReferer()
          .shareConnections();

  /** The login form, then the session's CSRF token for REST writes. */
  /**
   * Signs a person in once, as a browser does. A server busy hashing other sign-ins answers
   * "Sign-in is busy; try again in a moment" (the hash gate, decision 0019: at most one password
   * check per core, a try that waits over 3 s turned away); the person waits 5 to 15 s and tries
   * again, up to 30 times, as people do. That answer is the gate working, not an error (it is
   * counted apart, as "sign in: busy, try again"); any other failed sign-in is an error.
   */
  private static ChainBuilder signIn(String user, String password) {
    return exec(session -> session.set("signedIn", false).set("signInTries", 0))
        .asLongAs(session -> !session.getBoolean("signedIn") && session.getInt("signInTries") < 30)
        .on(
            exec(session ->
                    session
                        .set("signInTries", session.getInt("signInTries") + 1)
                        .remove("csrf")
                        .remove("busy"))
                .pause(Duration.ofSeconds(0), Duration.ofSeconds(5))
                .exec(signInOnce(user, password))
                .doIfOrElse(session -> session.contains("busy") && session.getInt("busy") > 0)
                .then(pause(Duration.ofSeconds(5), Duration.ofSeconds(15)))
                .orElse(
                    exec(LAND)
                        .exec(
                            http("me")
                                .get("#{base}/api/me")
                                .check(jsonPath("$.csrfToken").saveAs("csrf")))
                        .exec(session -> session.set("signedIn", session.contains("csrf")))))
        .exitHereIf(session -> !session.getBoolean("signedIn"));
  }

  private static ChainBuilder signInOnce(String user, String password) {
    return exec(LAND)
        .exec(
            http("sign-in form")
                .get("#{base}/login.xhtml")
                .check(
                    css("input[name='jakarta.faces.ViewState']", "value").saveAs("viewState"),
                    // the page's script nonce, which PrimeFaces' script adds to every form of a
                    // browser's page; a postback without it is refused (decision 0035)
                    regex("PrimeFaces\\.csp\\.init\\('([^']+)'\\)").saveAs("nonce")))
        .exec(LAND)
        .exec(
            http("sign in")
                .post("#{base}/login.xhtml")
                .formParam("loginForm", "loginForm")
                .formParam("loginForm:username", user)
                .formParam("loginForm:password", password)
                .formParam("loginForm:signIn", "")
                .formParam("jakarta.faces.ViewState", "#{viewState}")
                .formParam("primefaces.nonce", "#{nonce}")
                .check(substring("Sign-in is busy").count().saveAs("busy")));
  }

  private static String random(String[] values) {
    return values[ThreadLocalRandom.current().nextInt(values.length)];
  }

  private final ChainBuilder editorWork =
      exec(session -> session.set("filter", random(FILTERS)).set("words", random(WORDS)))
          .exec(LAND)
          .exec(http("Articles page").get("#{base}/articles/list.xhtml"))
          .pause(Duration.ofSeconds(1), Duration.ofSeconds(3))
          .exec(LAND)
          .exec(
              http("list: filter or sort")
                  .get("#{base}/api/articles?size=25&#{filter}")
                  .check(jsonPath("$.rows[*].id").findRandom().optional().saveAs("article")))
          .pause(Duration.ofSeconds(1), Duration.ofSeconds(3))
          .exec(LAND)
          .exec(
              http("word search")
                  .get("#{base}/api/articles")
                  .queryParam("q", "#{words}")
                  .check(jsonPath("$.rows[*].id").findRandom().optional().saveAs("article")))
          .doIf(session -> session.contains("article"))
          .then(
              exec(LAND)
                  .exec(http("article").get("#{base}/api/articles/#{article}"))
                  .exec(LAND)
                  .exec(http("review page").get("#{base}/articles/review.xhtml?id=#{article}"))
                  .pause(Duration.ofSeconds(2), Duration.ofSeconds(5))
                  .exec(LAND)
                  .exec(
                      http("comment")
                          .post("#{base}/api/audit/articles/#{article}/comments")
                          .header("Content-Type", "application/json")
                          .header("X-CSRF-Token", "#{csrf}")
                          .body(StringBody("{\"text\": \"Checked the figures in paragraph 2.\"}"))
                          .check(status().is(201))))
          .pause(Duration.ofSeconds(2), Duration.ofSeconds(6));

  private final ChainBuilder checkerWork =
      exec(session -> session.remove("claim").set("rating", random(RATINGS)))
          .exec(LAND)
          .exec(http("dashboard").get("#{base}/dashboard.xhtml"))
          .pause(Duration.ofSeconds(1), Duration.ofSeconds(3))
          .exec(LAND)
          .exec(http("claims queue page").get("#{base}/claims/queue.xhtml"))
          .exec(LAND)
          .exec(
              http("claims: open pool")
                  .get("#{base}/api/claims?pool=true&size=25")
                  .check(jsonPath("$.rows[*].id").findRandom().optional().saveAs("claim")))
          .pause(Duration.ofSeconds(1), Duration.ofSeconds(3))
          .doIf(session -> session.contains("claim"))
          .then(
              exec(LAND)
                  .exec(http("claim").get("#{base}/api/claims/#{claim}"))
                  .exec(
                      // another person may have taken it a moment ago: 409 or 422 say so
                      http("take claim")
                          .post("#{base}/api/claims/#{claim}/take")
                          .header("X-CSRF-Token", "#{csrf}")
                          .check(status().in(200, 409, 422).saveAs("taken")))
                  .doIf(session -> session.getInt("taken") == 200)
                  .then(
                      exec(
                          http("rate claim")
                              .post("#{base}/api/claims/#{claim}/verdicts")
                              .header("Content-Type", "application/json")
                              .header("X-CSRF-Token", "#{csrf}")
                              .body(
                                  StringBody(
                                      "{\"rating\": \"#{rating}\", \"rationale\": \"The council's"
                                          + " accounts for the year were compared.\","
                                          + " \"claimant\": \"Regional council\","
                                          + " \"claimDate\": \"2026-01-15\", \"evidence\":"
                                          + " [{\"url\": \"https://example.org/accounts\","
                                          + " \"title\": \"Annual accounts\"}]}"))
                              .check(status().is(201)))))
          .exec(LAND)
          .exec(http("claims: mine").get("#{base}/api/claims?assignee=me&state=CONFIRMED"))
          .pause(Duration.ofSeconds(2), Duration.ofSeconds(6));

  /** A JSONL batch of new articles, each text unique to the run, person and round. */
  private static String batch() {
    StringBuilder jsonl = new StringBuilder();
    Random random = ThreadLocalRandom.current();
    String run = UUID.randomUUID().toString();
    for (int i = 0; i < BATCH; i++) {
      jsonl
          .append("{\"text\": \"Harbour board approves ")
          .append(run)
          .append(" dredging plan ")
          .append(i)
          .append("\\n\\nThe harbour board said on Tuesday that ")
          .append(100 + random.nextInt(9000))
          .append(" tonnes of silt would be removed by ")
          .append(2027 + random.nextInt(3))
          .append(", at a cost of ")
          .append(1 + random.nextInt(90))
          .append(" million euros, according to its chair.\\n\\nFishermen said the works, ref. ")
          .append(run)
          .append("-")
          .append(i)
          .append(", would close the inner basin for a month.\", \"outlet\": \"Load Test ")
          .append(i % 5)
          .append(" Courier\"}\n");
    }
    return jsonl.toString();
  }

  private final ChainBuilder importerWork =
      exec(session -> session.set("batchBody", batch()).set("batchState", "RUNNING"))
          .exec(LAND)
          .exec(
              http("import batch")
                  .post("#{base}/api/imports?name=load-test")
                  .header("Content-Type", "application/x-ndjson")
                  .header("X-CSRF-Token", "#{csrf}")
                  .body(StringBody("#{batchBody}"))
                  .check(status().is(202), jsonPath("$.batchId").saveAs("batch")))
          .exitHereIfFailed()
          .asLongAs(
              session ->
                  session.contains("batch")
                      && !"FINISHED".equals(session.getString("batchState"))
                      // a poll that failed (server gone) ends the wait: counted, not looped on
                      && !session.isFailed())
          .on(
              pause(Duration.ofSeconds(1))
                  .exec(LAND)
                  .exec(
                      http("import batch state")
                          .get("#{base}/api/imports/#{batch}?items=false")
                          .check(jsonPath("$.state").saveAs("batchState"))))
          .exitHereIfFailed()
          .exec(LAND)
          .exec(
              http("import batch accounted")
                  .get("#{base}/api/imports/#{batch}?items=false")
                  .check(
                      jsonPath("$.imported").ofInt().saveAs("imported"),
                      jsonPath("$.duplicates").ofInt().saveAs("duplicates"),
                      jsonPath("$.failed").ofInt().is(0)))
          .exec(
              session -> {
                // every item imported or found a duplicate of an earlier one: none lost
                int accounted = session.getInt("imported") + session.getInt("duplicates");
                return accounted == BATCH ? session : session.markAsFailed();
              })
          .pause(Duration.ofSeconds(5), Duration.ofSeconds(15));

  private final ScenarioBuilder editors =
      scenario("editors")
          .exec(signIn("editor", "quiet-river-17-maple"))
          .exec(during(RUN).on(editorWork));

  private final ScenarioBuilder checkers =
      scenario("fact-checkers")
          .exec(signIn("checker", "amber-lantern-23-fjord"))
          .exec(during(RUN).on(checkerWork));

  private final ScenarioBuilder importers =
      scenario("importers")
          .exec(signIn("lead", "copper-kettle-58-heron"))
          .exec(during(RUN).on(importerWork));

  {
    setUp(
            editors.injectOpen(rampUsers(PEOPLE - PEOPLE / 2).during(Duration.ofSeconds(60))),
            checkers.injectOpen(rampUsers(PEOPLE / 2).during(Duration.ofSeconds(60))),
            importers.injectOpen(rampUsers(IMPORTERS).during(Duration.ofSeconds(10))))
        .protocols(protocol);
  }
}
