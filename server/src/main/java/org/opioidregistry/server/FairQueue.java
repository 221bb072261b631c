package org.opioidregistry.server;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The waiting places of the worker pool, served client by client in turn: a worker takes the oldest
 * task of the client whose turn it is, and that client goes to the back of the line. A client that
 * has queued many requests therefore delays another client's request by at most one task per client
 * ahead of it, never by its whole backlog (a plain FIFO queue would).
 *
 * <p>A task is accepted while the tasks waiting are fewer than the idle workers plus the capacity
 * (capacity 0: only when a worker is free, as a hand-off queue does).
 *
 * <p>Thread-safe: one lock guards everything.
 */
final class FairQueue<T> {

  private final ReentrantLock lock = new ReentrantLock();
  private final Condition notEmpty = lock.newCondition();
  private final Map<String, ArrayDeque<T>> waiting = new HashMap<>();

  /** Clients with waiting tasks, whose turn is next first. */
  private final ArrayDeque<String> turns = new ArrayDeque<>();

  private final int capacity;
  private int size;
  private int idle;
  private boolean closed;

  FairQueue(int capacity) {
    this.capacity = capacity;
  }

  /** Queues the client's task; false when every place is taken or the queue is closed. */
  boolean offer(String client, T task) {
    lock.lock();
    try {
      if (closed || size >= capacity + idle) {
        return false;
      }
      ArrayDeque<T> own = waiting.computeIfAbsent(client, k -> new ArrayDeque<>());
      if (own.isEmpty()) {
        turns.addLast(client);
      }
      own.addLast(task);
      size++;
      notEmpty.signal();
      return true;
    } finally {
      lock.unlock();
    }
  }

  /**
   * The next task, the oldest of the client whose turn it is; waits while there is none. Null once
   * the queue is closed.
   */
  T take() throws InterruptedException {
    lock.lock();
    try {
      idle++;
      try {
        while (size == 0 && !closed) {
          notEmpty.await();
        }
      } finally {
        idle--;
      }
      if (closed) {
        return null;
      }
      String client = turns.removeFirst();
      ArrayDeque<T> own = waiting.get(client);
      T task = own.removeFirst();
      if (own.isEmpty()) {
        waiting.remove(client);
      } else {
        turns.addLast(client);
      }
      size--;
      return task;
    } finally {
      lock.unlock();
    }
  }

  /** Refuses new tasks, wakes every waiting worker, and returns the tasks still waiting. */
  List<T> close() {
    lock.lock();
    try {
      closed = true;
      notEmpty.signalAll();
      List<T> dropped = new ArrayList<>();
      waiting.values().forEach(dropped::addAll);
      waiting.clear();
      turns.clear();
      size = 0;
      return dropped;
    } finally {
      lock.unlock();
    }
  }
}
