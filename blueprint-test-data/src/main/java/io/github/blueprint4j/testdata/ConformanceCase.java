package io.github.blueprint4j.testdata;

/**
 * One case of the conformance suite: {@code conformance/cases/<id>/}.
 */
public final class ConformanceCase {

    private final String id;

    ConformanceCase(String id) {
        this.id = id;
    }

    /**
     * Returns the case id, such as {@code 075-fs-size-and-minsize}.
     *
     * @return the case id, such as {@code 075-fs-size-and-minsize}
     */
    public String id() {
        return id;
    }

    /**
     * Returns the expectation, {@code expect.json}, as text.
     *
     * @return the expectation, {@code expect.json}, as text
     */
    public String expectJson() {
        return TestData.text("conformance/cases/" + id + "/expect.json");
    }

    /**
     * Returns the blueprint document.
     *
     * @param format {@code toml} or {@code json}, the {@code format} of the expectation
     * @return the document
     */
    public String input(String format) {
        return TestData.text("conformance/cases/" + id + "/input." + format);
    }

    /** Returns the id, which names the test. */
    @Override
    public String toString() {
        return id;
    }
}
