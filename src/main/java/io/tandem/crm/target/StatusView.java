package io.tandem.crm.target;

import io.tandem.cib.Cib;

/**
 * The crm_mon view that {@code crm status} prints; provided by the crm_mon engineer and plugged in by
 * the wiring. Options are crm_mon's ({@code -r}, {@code -A}, {@code -f}...).
 */
public interface StatusView {
    String render(Cib cib, java.util.List<String> options);
}
