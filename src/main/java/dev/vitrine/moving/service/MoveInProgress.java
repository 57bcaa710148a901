package dev.vitrine.moving.service;

import java.io.Serializable;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How far an import has come: the things it has done of all it reads. Read while it runs, from another thread (the
 * page that polls, the operator's call that writes a line now and then). When all are done it is saving them.
 */
public final class MoveInProgress implements Serializable {

    private static final long serialVersionUID = 1L;

    private final AtomicInteger done = new AtomicInteger();
    private volatile int total;

    void start(int things) {
        total = things;
        done.set(0);
    }

    void step() {
        done.incrementAndGet();
    }

    public int getDone() {
        return done.get();
    }

    public int getTotal() {
        return total;
    }

    /** Whole per cent done, 0 to 100. */
    public int getPercent() {
        int all = total;
        return all == 0 ? 0 : (int) Math.min(100, 100L * done.get() / all);
    }
}
