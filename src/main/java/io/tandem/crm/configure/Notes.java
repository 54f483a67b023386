package io.tandem.crm.configure;

/** Where commands report INFO, WARNING and non-fatal ERROR lines (crmsh prints them on stderr). */
public interface Notes {
    void info(String text);

    void warning(String text);

    void error(String text);
}
