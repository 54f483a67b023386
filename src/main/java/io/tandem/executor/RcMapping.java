package io.tandem.executor;

/** How an agent class's exit status becomes an OCF rc. */
public enum RcMapping {
    /** OCF agents: 0–9 are results. */
    OCF,
    /** LSB init scripts for start/stop: the same numbers as OCF for 0–7. */
    LSB,
    /** LSB {@code status}: 0 running; 1, 2, 3 not running; anything else an error. */
    LSB_STATUS,
    /** {@code systemctl is-active}: 0 active, anything else not running. */
    SYSTEMD_STATUS
}
