package com.vianet.partnersupport.batch.bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/** The top frames of a Flight Recorder file's execution samples: where the job's CPU went. */
final class HotFrames {

  private HotFrames() {}

  static void print(Path recording, int top) throws Exception {
    Map<String, Integer> counts = new HashMap<>();
    int samples = 0;
    for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
      if (!event.getEventType().getName().equals("jdk.ExecutionSample")
          || event.getStackTrace() == null
          || event.getStackTrace().getFrames().isEmpty()) {
        continue;
      }
      samples++;
      RecordedFrame frame = event.getStackTrace().getFrames().get(0);
      counts.merge(
          frame.getMethod().getType().getName() + "." + frame.getMethod().getName(),
          1,
          Integer::sum);
    }
    System.out.printf("JFR: %,d execution samples; hottest frames:%n", samples);
    final int total = Math.max(1, samples);
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .limit(top)
        .forEach(
            e -> System.out.printf("  %5.1f %%  %s%n", 100.0 * e.getValue() / total, e.getKey()));
  }
}
