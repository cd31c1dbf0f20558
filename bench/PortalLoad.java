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
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drives the portal from a process of its own on loopback with the page mix of the speed issue:
 * the dashboard, a partner's request list, a request page and, for 21Vianet agents (a tenth of the
 * people), the queue. Each person signs in once and keeps a session of their own.
 *
 * <pre>
 * java bench/PortalLoad.java load URL USERS_FILE SECONDS PEOPLE THINK_MS
 *     PEOPLE at once for SECONDS after a 15 s warm-up, a pause of THINK_MS on average (exponential)
 *     between pages, 0 for none; prints the pages' p50/p95/p99 and pages per second
 * java bench/PortalLoad.java busy URL USERS_FILE PEOPLE PAGES
 *     PEOPLE sessions that each open PAGES pages (8 at a time), left signed in: the heap they
 *     hold is what the benchmark divides by PEOPLE
 * </pre>
 *
 * USERS_FILE lists partner admins' user names, one per line (password Demo#2026); the agents are
 * the demo's vianet.agent and vianet.agent2. The last line printed is the summary the benchmark
 * script reads: "summary pages=… pages_per_s=… p95_ms=… errors=…".
 */
public class PortalLoad {

  static final String PASSWORD = "Demo#2026";
  static final List<String> PAGES = List.of("dashboard", "request list", "request page", "queue");
  static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
  static final Pattern PARTNER_REQUEST = Pattern.compile("number=(SR\\d+)");
  static final Pattern AGENT_REQUEST = Pattern.compile("console/request.xhtml\\?id=(\\d+)\"[^>]*>(SR\\d+)<");
  static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");
  static final Map<String, List<Long>> LATENCIES = new ConcurrentHashMap<>();
  static final AtomicLong ERRORS = new AtomicLong();
  static volatile boolean measuring;

  public static void main(String[] args) throws Exception {
    String base = args[1].endsWith("/") ? args[1] : args[1] + "/";
    List<String> partners = Files.readAllLines(Path.of(args[2])).stream().map(String::strip)
        .filter(s -> !s.isEmpty()).toList();
    if (args[0].equals("busy")) {
      busy(base, partners, Integer.parseInt(args[3]), Integer.parseInt(args[4]));
    } else {
      load(base, partners, Integer.parseInt(args[3]), Integer.parseInt(args[4]), Integer.parseInt(args[5]));
    }
  }

  static void load(String base, List<String> partners, int seconds, int people, int thinkMillis) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(15 + seconds).toNanos();
    CountDownLatch done = new CountDownLatch(people);
    for (int u = 0; u < people; u++) {
      Person person = person(base, partners, u, thinkMillis);
      new Thread(() -> {
        try {
          person.signIn();
          while (System.nanoTime() < deadline) {
            person.round();
          }
        } catch (Exception e) {
          System.err.println(person.name + " stopped: " + e.getMessage());
          ERRORS.incrementAndGet();
        } finally {
          done.countDown();
        }
      }).start();
    }
    Thread.sleep(15_000); // warm-up: JIT, caches, sign-ins
    measuring = true;
    long started = System.nanoTime();
    done.await();
    double elapsed = (System.nanoTime() - started) / 1e9;
    System.out.printf("%d people (%d agents), %d ms mean pause, %.0f s after a 15 s warm-up, against %s%n", people,
        agents(people), thinkMillis, elapsed, base);
    System.out.println("page           |   count | pages/s |  p50 ms |  p95 ms |  p99 ms");
    List<Long> all = new ArrayList<>();
    for (String page : PAGES) {
      List<Long> values = new ArrayList<>(LATENCIES.getOrDefault(page, List.of()));
      all.addAll(values);
      Collections.sort(values);
      System.out.printf("%-14s | %7d | %7.1f | %7.1f | %7.1f | %7.1f%n", page, values.size(), values.size() / elapsed,
          pct(values, 50), pct(values, 95), pct(values, 99));
    }
    Collections.sort(all);
    System.out.printf("summary pages=%d pages_per_s=%.2f p95_ms=%.1f errors=%d%n", all.size(), all.size() / elapsed,
        pct(all, 95), ERRORS.get());
  }

  static void busy(String base, List<String> partners, int people, int pages) throws Exception {
    AtomicInteger next = new AtomicInteger();
    AtomicInteger opened = new AtomicInteger();
    List<Thread> threads = new ArrayList<>();
    long started = System.nanoTime();
    for (int t = 0; t < 8; t++) {
      Thread thread = new Thread(() -> {
        for (int u; (u = next.getAndIncrement()) < people; ) {
          Person person = person(base, partners, u, 0);
          try {
            person.signIn();
            while (person.pagesOpened < pages) {
              person.round();
            }
            opened.addAndGet(person.pagesOpened);
          } catch (Exception e) {
            System.err.println(person.name + " stopped: " + e.getMessage());
            ERRORS.incrementAndGet();
          }
        }
      });
      thread.start();
      threads.add(thread);
    }
    for (Thread thread : threads) {
      thread.join();
    }
    double elapsed = (System.nanoTime() - started) / 1e9;
    System.out.printf("summary pages=%d pages_per_s=%.2f p95_ms=NaN errors=%d%n", opened.get(), opened.get() / elapsed,
        ERRORS.get());
  }

  static int agents(int people) {
    return Math.max(1, people / 10);
  }

  static Person person(String base, List<String> partners, int u, int thinkMillis) {
    boolean agent = u % 10 == 0;
    String name = agent ? (u % 20 == 0 ? "vianet.agent" : "vianet.agent2") : partners.get(u % partners.size());
    return new Person(base, name, agent, thinkMillis, new Random(u));
  }

  static double pct(List<Long> sorted, int p) {
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
  }

  /** One person: a session of their own, doing the rounds. */
  static final class Person {
    final String base;
    final String name;
    final boolean agent;
    final int thinkMillis;
    final Random random;
    final HttpClient http;
    final Map<String, String> nonces = new java.util.HashMap<>();
    int pagesOpened;

    Person(String base, String name, boolean agent, int thinkMillis, Random random) {
      this.base = base;
      this.name = name;
      this.agent = agent;
      this.thinkMillis = thinkMillis;
      this.random = random;
      this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
          .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** The dashboard, the list (the queue for agents), then one request from it. */
    void round() throws Exception {
      page("dashboard", "dashboard.xhtml", "</html>");
      String list = agent ? page("queue", "console/queue.xhtml", "queue-form:queue")
          : page("request list", "customers/requests.xhtml", "list-form:requests");
      Matcher request = (agent ? AGENT_REQUEST : PARTNER_REQUEST).matcher(list == null ? "" : list);
      // The page opened must show the request's number (an agent's link names it by id).
      List<String[]> found = new ArrayList<>();
      while (request.find()) {
        found.add(agent ? new String[] {"console/request.xhtml?id=" + request.group(1), request.group(2)}
            : new String[] {"requests/detail.xhtml?number=" + request.group(1), request.group(1)});
      }
      if (!found.isEmpty()) {
        String[] pick = found.get(random.nextInt(found.size()));
        page("request page", pick[0], pick[1]);
      }
    }

    String page(String label, String path, String mustContain) throws Exception {
      if (thinkMillis > 0) {
        Thread.sleep((long) (-thinkMillis * Math.log(1 - random.nextDouble())));
      }
      long started = System.nanoTime();
      String body = null;
      try {
        body = expect(get(path), 200, mustContain);
      } catch (Exception e) {
        if (ERRORS.incrementAndGet() <= 20) {
          System.err.println(label + " (" + name + "): " + e.getMessage());
        }
      }
      long took = System.nanoTime() - started;
      pagesOpened++;
      if (measuring && body != null) {
        LATENCIES.computeIfAbsent(label, k -> Collections.synchronizedList(new ArrayList<>())).add(took);
      }
      return body;
    }

    void signIn() throws Exception {
      String login = expect(get("login.xhtml"), 200, "login-form");
      String form = form(Map.of("login-form", "login-form", "login-form:username", name, "login-form:password",
          PASSWORD, "login-form:sign-in", "", "jakarta.faces.ViewState", viewState(login), "primefaces.nonce",
          nonces.getOrDefault("login.xhtml", "")));
      HttpResponse<String> posted = http.send(HttpRequest.newBuilder(URI.create(base + "login.xhtml"))
          .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
          .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
      if (posted.statusCode() != 302 && posted.statusCode() != 303) {
        throw new IllegalStateException("sign-in of " + name + " answered " + posted.statusCode());
      }
    }

    HttpResponse<String> get(String path) throws Exception {
      HttpResponse<String> page =
          http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
      // PrimeFaces' CSP mode checks that a postback carries the nonce of the page it came from.
      page.headers().firstValue("Content-Security-Policy").map(NONCE::matcher).filter(Matcher::find)
          .ifPresent(m -> nonces.put(path.replaceAll("\\?.*", ""), m.group(1)));
      return page;
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
