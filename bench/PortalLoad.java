import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drives the portal as 50 people would, from a process of its own on loopback: partner admins
 * sign in, open their request list (page 1, a deep page, filtered), open a request and submit a new
 * one; 21Vianet agents open the queue. Prints p50/p95/p99, throughput and errors per operation.
 *
 * <p>java bench/PortalLoad.java BASE_URL USERS_FILE [seconds] [users]: USERS_FILE lists partner
 * admins' user names, one per line (password Demo#2026).
 */
public class PortalLoad {

  static final String PASSWORD = "Demo#2026";
  static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
  static final Pattern NUMBER = Pattern.compile("number=(SR\\d+)");
  static final Map<String, List<Long>> LATENCIES = new ConcurrentHashMap<>();
  static final Map<String, AtomicLong> ERRORS = new ConcurrentHashMap<>();
  static volatile boolean measuring;
  /** The first errors are printed as they happen, so a failing run says why. */
  static final int ERRORS_SHOWN = 20;
  static final AtomicLong ERRORS_SEEN = new AtomicLong();
  /** API tokens by user: scripts call with a token (a password would cost a PBKDF2 check a call). */
  static final Map<String, String> TOKENS = new java.util.concurrent.ConcurrentHashMap<>();

  public static void main(String[] args) throws Exception {
    String base = args[0].endsWith("/") ? args[0] : args[0] + "/";
    // "user token" lines: the partner admins, each with the API token its script calls with.
    List<String[]> lines = Files.readAllLines(Path.of(args[1])).stream().filter(s -> !s.isBlank())
        .map(s -> s.strip().split("\\s+")).toList();
    lines.stream().filter(l -> l.length > 1).forEach(l -> TOKENS.put(l[0], l[1]));
    List<String> partners = lines.stream().map(l -> l[0]).toList();
    int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
    int users = args.length > 3 ? Integer.parseInt(args[3]) : 50;
    int agents = Math.max(1, users / 10);
    String topic = supportTopic(base, partners.get(0));
    long deadline = System.nanoTime() + Duration.ofSeconds(15 + seconds).toNanos();
    CountDownLatch done = new CountDownLatch(users);
    for (int u = 0; u < users; u++) {
      boolean agent = u < agents;
      String user = agent ? (u % 2 == 0 ? "vianet.agent" : "vianet.agent2") : partners.get(u % partners.size());
      int seed = u;
      new Thread(() -> {
        try {
          new User(base, user, agent, topic, new Random(seed)).run(deadline);
        } catch (Exception e) {
          ERRORS.computeIfAbsent("user crashed", k -> new AtomicLong()).incrementAndGet();
          System.err.println(user + " stopped: " + e);
        } finally {
          done.countDown();
        }
      }).start();
    }
    Thread.sleep(15_000); // warm-up: JIT, caches, sessions
    measuring = true;
    long started = System.nanoTime();
    done.await();
    double elapsed = (System.nanoTime() - started) / 1e9;
    System.out.printf("%n%d users (%d agents) for %.0f s after a 15 s warm-up, against %s%n", users, agents, elapsed, base);
    System.out.println("operation            |   count |  req/s |  p50 ms |  p95 ms |  p99 ms | errors");
    long totalErrors = 0;
    for (String op : List.of("sign in", "list page 1", "list deep page", "list filtered", "open request",
        "submit request", "queue")) {
      List<Long> values = new ArrayList<>(LATENCIES.getOrDefault(op, List.of()));
      Collections.sort(values);
      long errors = ERRORS.getOrDefault(op, new AtomicLong()).get();
      totalErrors += errors;
      System.out.printf("%-20s | %7d | %6.1f | %7.1f | %7.1f | %7.1f | %d%n", op, values.size(), values.size() / elapsed,
          pct(values, 50), pct(values, 95), pct(values, 99), errors);
    }
    ERRORS.forEach((op, n) -> { if (op.equals("user crashed")) System.out.println("users crashed: " + n); });
    System.out.println("errors: " + totalErrors);
  }

  static double pct(List<Long> sorted, int p) {
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
  }

  static String supportTopic(String base, String user) throws Exception {
    HttpResponse<String> topics = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(HttpRequest.newBuilder(URI.create(base
        + "api/v1/servicerequests/supporttopics")).header("Authorization", authorization(user)).build(),
        HttpResponse.BodyHandlers.ofString());
    Matcher id = Pattern.compile("\"id\"\\s*:\\s*\"?(\\d+)").matcher(topics.body());
    if (topics.statusCode() != 200 || !id.find()) {
      throw new IllegalStateException("no support topics: " + topics.statusCode() + " " + topics.body());
    }
    return id.group(1);
  }

  static String authorization(String user) {
    String token = TOKENS.get(user);
    return token != null ? "Bearer " + token : basic(user);
  }

  static String basic(String user) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
  }

  /** One person: a session of their own, doing the rounds until the deadline. */
  static final class User {
    final String base;
    final String name;
    final boolean agent;
    final String topic;
    final Random random;
    final HttpClient http;

    User(String base, String name, boolean agent, String topic, Random random) {
      this.base = base;
      this.name = name;
      this.agent = agent;
      this.topic = topic;
      this.random = random;
      this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
          .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    void run(long deadline) throws Exception {
      for (int round = 0; System.nanoTime() < deadline; round++) {
        if (round % 10 == 0) {
          signIn();
        }
        if (agent) {
          timed("queue", () -> expect(get("console/queue.xhtml"), 200, "queue-form:queue"));
          continue;
        }
        String[] list = new String[1];
        timed("list page 1", () -> list[0] = expect(get("customers/requests.xhtml"), 200, "list-form:requests"));
        String viewState = viewState(list[0]);
        String nonce = nonces.getOrDefault("customers/requests.xhtml", "");
        timed("list deep page", () -> expect(ajax("customers/requests.xhtml", viewState, nonce, Map.of(
            "jakarta.faces.source", "list-form:requests", "jakarta.faces.partial.execute", "list-form:requests",
            "jakarta.faces.partial.render", "list-form:requests", "jakarta.faces.behavior.event", "page",
            "jakarta.faces.partial.event", "page", "list-form:requests_pagination", "true",
            "list-form:requests_first", Integer.toString(1_000 + random.nextInt(1_000)), "list-form:requests_rows", "20",
            "list-form:requests_encodeFeature", "true")), 200, "SR"));
        timed("list filtered", () -> expect(ajax("customers/requests.xhtml", viewState, nonce, Map.of(
            "jakarta.faces.source", "list-form:apply-filters", "jakarta.faces.partial.execute", "list-form",
            "jakarta.faces.partial.render", "list-form:requests", "list-form:apply-filters", "list-form:apply-filters",
            "list-form:filter-status_input", "CLOSED", "list-form:filter-kind_input", "ESCALATION")), 200,
            "list-form:requests"));
        Matcher number = NUMBER.matcher(list[0]);
        if (number.find()) {
          String found = number.group(1);
          timed("open request", () -> expect(get("requests/detail.xhtml?number=" + found), 200, found));
        }
        if (round % 3 == 0) {
          timed("submit request", this::submit);
        }
      }
    }

    void signIn() throws Exception {
      timed("sign in", () -> {
        String login = expect(get("login.xhtml"), 200, "login-form");
        HttpResponse<String> posted = post("login.xhtml", form(Map.of("login-form", "login-form",
            "login-form:username", name, "login-form:password", PASSWORD, "login-form:sign-in", "",
            "jakarta.faces.ViewState", viewState(login), "primefaces.nonce",
            nonces.getOrDefault("login.xhtml", ""))), Map.of());
        if (posted.statusCode() != 302 && posted.statusCode() != 303) {
          throw new IllegalStateException("sign-in answered " + posted.statusCode());
        }
        return "";
      });
    }

    String submit() throws Exception {
      String json = "{\"title\":\"Load test " + random.nextInt(1_000_000) + "\",\"description\":\"Submitted by the"
          + " portal load benchmark.\",\"severity\":\"minimal\",\"supportTopicId\":\"" + topic + "\",\"primaryContact\":"
          + "{\"firstName\":\"Load\",\"lastName\":\"Test\",\"email\":\"load.test@example.cn\",\"phoneNumber\":\"+86 21 5555 0100\"}}";
      HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(base + "api/v1/servicerequests"))
          .header("Authorization", authorization(name)).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
      return expect(created, 201, "SR");
    }

    /** The CSP nonce of the last page fetched per path: its postbacks must carry it. */
    final Map<String, String> nonces = new java.util.HashMap<>();

    HttpResponse<String> get(String path) throws Exception {
      HttpResponse<String> page =
          http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
      page.headers().firstValue("Content-Security-Policy").map(NONCE::matcher).filter(Matcher::find)
          .ifPresent(m -> nonces.put(path.replaceAll("\\?.*", ""), m.group(1)));
      return page;
    }

    HttpResponse<String> post(String path, String body, Map<String, String> headers) throws Exception {
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
          .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
          .POST(HttpRequest.BodyPublishers.ofString(body));
      headers.forEach(request::header);
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> ajax(String path, String viewState, String nonce, Map<String, String> parameters)
        throws Exception {
      Map<String, String> all = new LinkedHashMap<>(parameters);
      // PrimeFaces' CSP mode checks that a postback carries the nonce of the page it came from.
      all.put("primefaces.nonce", nonce);
      all.put("jakarta.faces.partial.ajax", "true");
      all.put("list-form", "list-form");
      all.put("jakarta.faces.ViewState", viewState);
      return post(path, form(all), Map.of("Faces-Request", "partial/ajax", "X-Requested-With", "XMLHttpRequest"));
    }

    interface Call {
      String call() throws Exception;
    }

    void timed(String operation, Call call) {
      long started = System.nanoTime();
      boolean ok;
      try {
        call.call();
        ok = true;
      } catch (Exception e) {
        ok = false;
        if (ERRORS_SEEN.incrementAndGet() <= ERRORS_SHOWN) {
          System.err.println(operation + " (" + name + "): " + e.getMessage());
        }
      }
      long took = System.nanoTime() - started;
      if (measuring) {
        if (ok) {
          LATENCIES.computeIfAbsent(operation, k -> Collections.synchronizedList(new ArrayList<>())).add(took);
        } else {
          ERRORS.computeIfAbsent(operation, k -> new AtomicLong()).incrementAndGet();
        }
      }
    }
  }

  static String expect(HttpResponse<String> response, int status, String mustContain) {
    if (response.statusCode() != status || !response.body().contains(mustContain)) {
      String body = response.body().replaceAll("\\s+", " ");
      throw new IllegalStateException(response.uri() + " answered " + response.statusCode() + " without " + mustContain
          + ": " + body.substring(0, Math.min(300, body.length())));
    }
    return response.body();
  }

  static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");

  static String viewState(String page) {
    Matcher m = VIEW_STATE.matcher(page);
    if (!m.find()) {
      throw new IllegalStateException("no view state on the page");
    }
    return m.group(1).replace("&#58;", ":");
  }

  static String form(Map<String, String> fields) {
    StringBuilder body = new StringBuilder();
    fields.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8))
        .append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return body.toString();
  }
}
