package org.supportplan.benchmarks;

/** The ceiling of figure 6: the smallest program the same JVM can start, run and leave. */
public final class Hello {

    private Hello() {
    }

    /** Prints a greeting. */
    public static void main(String[] args) {
        System.out.println("Hello, World");
    }
}
