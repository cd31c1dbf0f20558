import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Prints the speed issue's portal goals from bench/portal.sh's results file: each ratio, measured
 * in that one run, beside its target, with the absolute figures it came from.
 *
 * <p>java bench/PortalGoals.java RESULTS SMALL_SIZE LARGE_SIZE
 */
public class PortalGoals {

  public static void main(String[] args) throws Exception {
    Map<String, Map<String, Double>> results = new HashMap<>();
    for (String line : Files.readAllLines(Path.of(args[0]))) {
      String[] words = line.strip().split("\\s+");
      Map<String, Double> figures = results.computeIfAbsent(words[0], k -> new HashMap<>());
      for (String word : List.of(words).subList(1, words.length)) {
        String[] pair = word.split("=", 2);
        if (pair.length == 2) {
          figures.put(pair[0], Double.parseDouble(pair[1]));
        }
      }
    }
    String small = args[1];
    String large = args[2];
    double p95Small = figure(results, "now-" + small + "-think", "p95_ms");
    double p95Large = figure(results, "now-" + large + "-think", "p95_ms");
    double capSmall = figure(results, "now-" + small + "-capacity", "pages_per_s");
    double capLarge = figure(results, "now-" + large + "-capacity", "pages_per_s");
    double capStart = figure(results, "start-" + large + "-capacity", "pages_per_s");
    double perPerson = figure(results, "now-heap", "kib_per_person");
    double startPerPerson = figure(results, "start-heap", "kib_per_person");
    double warm = figure(results, "startup", "warm_s");
    double empty = figure(results, "startup", "empty_s");
    System.out.println();
    System.out.println("goal                                              | measured | target  | figures");
    row("p95 at " + large + " / p95 at " + small + " (50 people, 1 s pauses)", p95Large / p95Small, "<= 1.2",
        String.format("%.0f ms / %.0f ms", p95Large, p95Small));
    row("capacity at " + large + " / at " + small + " (16, no pauses)", capLarge / capSmall, ">= 0.9",
        String.format("%.1f / %.1f pages/s", capLarge, capSmall));
    row("capacity / start commit's, at " + large, capLarge / capStart, ">= 2",
        String.format("%.1f / %.1f pages/s", capLarge, capStart));
    row("busy people per GiB of heap", 1024 * 1024 / perPerson, ">= 10000",
        String.format("%.0f KiB each (start commit %.0f)", perPerson, startPerPerson));
    row("warm start / empty Payara domain's start", warm / empty, "<= 1.5",
        String.format("%.1f s / %.1f s", warm, empty));
  }

  static double figure(Map<String, Map<String, Double>> results, String name, String key) {
    return results.getOrDefault(name, Map.of()).getOrDefault(key, Double.NaN);
  }

  static void row(String goal, double measured, String target, String figures) {
    System.out.printf("%-49s | %8.2f | %-7s | %s%n", goal, measured, target, figures);
  }
}
