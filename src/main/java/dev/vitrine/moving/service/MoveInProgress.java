package dev.vitrine.moving.service;

import java.io.Serializable;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How far an import has come: the things it has done of all it reads. Read while it runs, from another thread (the
 * page that polls) or from the same one (the operator's call, which writes a line now and then).
 */
public class MoveInProgress implements Serializable {

    private static final long serialVersionUID = 1L;

    private final AtomicInteger done = new AtomicInteger();
    private volatile int total;

    void start(int things) {
        total = things;
        done.set(0);
    }

    void step() {
        done.incrementAndGet();
        stepped(done.get(), total);
    }

    /** Called after each thing; does nothing here. */
    protected void stepped(int done, int total) {
        // for whoever wants to hear of each step
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
