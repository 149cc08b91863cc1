package io.gongkai.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The peak of the heap in use, sampled every 20 ms, and the peak of the heap left after each collection. Summing the
 * pools' own peaks overstates the first (eden peaks just before a collection, the old generation later); the second is
 * what the import keeps (plus old garbage not yet collected), as opposed to garbage the collector had no need to clear.
 */
final class HeapWatch {
  /** The peaks, in bytes. */
  record Peaks(long used, long afterGc) {}

  private final Thread thread;
  private final List<Runnable> unsubscribe = new ArrayList<>();
  private volatile boolean running = true;
  private volatile long used;
  private volatile long afterGc;

  private HeapWatch() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    thread = new Thread(() -> {
      while (running) {
        used = Math.max(used, memory.getHeapMemoryUsage().getUsed());
        try {
          Thread.sleep(20);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "heap-watch");
    thread.setDaemon(true);
    NotificationListener listener = this::collected;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter emitter) {
        emitter.addNotificationListener(listener, null, null);
        unsubscribe.add(() -> {
          try {
            emitter.removeNotificationListener(listener);
          } catch (javax.management.ListenerNotFoundException e) {
            // already gone
          }
        });
      }
    }
  }

  private void collected(Notification n, Object handback) {
    if (!n.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
      return;
    }
    GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
    long after = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
        .filter(e -> !e.getKey().contains("Metaspace") && !e.getKey().contains("CodeHeap")
            && !e.getKey().contains("Compressed Class"))
        .map(java.util.Map.Entry::getValue).mapToLong(MemoryUsage::getUsed).sum();
    afterGc = Math.max(afterGc, after);
  }

  static HeapWatch start() {
    HeapWatch w = new HeapWatch();
    w.thread.start();
    return w;
  }

  /** Stops watching; returns the highest heap use seen and the highest heap left after a collection. */
  Peaks stop() {
    running = false;
    thread.interrupt();
    unsubscribe.forEach(Runnable::run);
    return new Peaks(used, afterGc);
  }
}
