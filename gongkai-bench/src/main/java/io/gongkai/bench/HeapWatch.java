package io.gongkai.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * The peak of the heap in use, sampled every 20 ms. Summing the pools' own peaks overstates it (eden peaks just before
 * a collection, the old generation later), so the benchmark reports this instead.
 */
final class HeapWatch {
  private final Thread thread;
  private volatile boolean running = true;
  private volatile long peak;

  private HeapWatch() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    thread = new Thread(() -> {
      while (running) {
        peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
        try {
          Thread.sleep(20);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "heap-watch");
    thread.setDaemon(true);
  }

  static HeapWatch start() {
    HeapWatch w = new HeapWatch();
    w.thread.start();
    return w;
  }

  /** Stops sampling; returns the highest heap use seen, in bytes. */
  long stop() {
    running = false;
    thread.interrupt();
    return peak;
  }
}
