package org.factdesk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A server process's CPU time by thread group, read from Linux's {@code /proc/PID/task}: where an
 * import's CPU goes (workers, JIT compiler, database writer, search index, HTTP), without a
 * profiler in the server. Threads are grouped by name with the digits taken out ({@code GC
 * Thread#1} and {@code GC Thread#0} are one group); a thread that ended between two snapshots is
 * not counted.
 */
final class ServerThreads {

  /** Clock ticks a second of {@code /proc}'s utime and stime (USER_HZ, 100 on Linux). */
  private static final double TICKS_PER_SECOND = 100;

  private static final ServerThreads NONE = new ServerThreads(0);

  private final long pid;

  private ServerThreads(long pid) {
    this.pid = pid;
  }

  /** The process {@code pid}, or none (every snapshot empty) for 0. */
  static ServerThreads of(long pid) {
    if (pid == 0) {
      return NONE;
    }
    if (!Files.isDirectory(Path.of("/proc", Long.toString(pid), "task"))) {
      throw new IllegalArgumentException(
          "bench.server-pid=" + pid + ": no such process on this machine (Linux /proc)");
    }
    return new ServerThreads(pid);
  }

  /** Each live thread's name and CPU ticks (user and system) so far. */
  Snapshot snapshot() throws IOException {
    Map<String, Thread> threads = new HashMap<>();
    if (pid == 0) {
      return new Snapshot(threads);
    }
    try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
      for (Path task : tasks.toList()) {
        try {
          threads.put(
              task.getFileName().toString(), Thread.parse(Files.readString(task.resolve("stat"))));
        } catch (IOException ended) {
          // the thread ended while the list was read: it is not counted
        }
      }
    }
    return new Snapshot(threads);
  }

  /** One thread: its group name (digits removed) and its CPU ticks. */
  record Thread(String group, long ticks) {

    /**
     * From a {@code stat} line: {@code TID (NAME) STATE …}, utime and stime the 14th and 15th
     * fields; the name may hold spaces and parentheses, so it ends at the last ')'.
     */
    static Thread parse(String stat) {
      int open = stat.indexOf('(');
      int close = stat.lastIndexOf(')');
      String name = stat.substring(open + 1, close);
      String[] fields = stat.substring(close + 2).trim().split(" ");
      // fields[0] is the state (the 3rd field): utime is the 14th field, stime the 15th
      long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
      return new Thread(name.replaceAll("[0-9]+", "#"), ticks);
    }
  }

  /** The threads at one moment, by thread id. */
  record Snapshot(Map<String, Thread> threads) {

    /**
     * The CPU milliseconds per item since {@code earlier}, in all and by the largest groups; empty
     * when no process is watched.
     */
    Optional<String> since(Snapshot earlier, int items) {
      if (threads.isEmpty()) {
        return Optional.empty();
      }
      Map<String, Long> byGroup = new HashMap<>();
      threads.forEach(
          (id, now) -> {
            Thread before = earlier.threads().get(id);
            long ticks = now.ticks() - (before == null ? 0 : before.ticks());
            byGroup.merge(now.group(), ticks, Long::sum);
          });
      Map<String, Long> largest =
          byGroup.entrySet().stream()
              .filter(group -> group.getValue() > 0)
              .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
              .limit(8)
              .collect(
                  Collectors.toMap(
                      Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
      long total = byGroup.values().stream().mapToLong(Long::longValue).sum();
      return Optional.of(
          String.format(Locale.ROOT, "server CPU: %.1f ms an article", perItem(total, items))
              + largest.entrySet().stream()
                  .map(
                      group ->
                          String.format(
                              Locale.ROOT,
                              "%s %.1f",
                              group.getKey(),
                              perItem(group.getValue(), items)))
                  .collect(Collectors.joining("; ", " (", ")")));
    }

    private static double perItem(long ticks, int items) {
      return ticks * 1000 / TICKS_PER_SECOND / items;
    }
  }
}
