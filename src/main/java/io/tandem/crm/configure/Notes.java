package io.tandem.crm.configure;

/** Where commands report INFO, WARNING and non-fatal ERROR lines (crmsh prints them on stderr). */
public interface Notes {
    void info(String text);

    void warning(String text);

    void error(String text);

    /** A line printed as is (crm passes on what crm_resource would print). */
    default void raw(String text) {
        error(text);
    }
}
