/**
 * The executable WAR's entry point, at the WAR root. JDK only (compiled for Java 11 so it can refuse an
 * old JDK with a clear message): it unpacks the WAR's class path into a cache once, then either runs a
 * tool in-process without Jetty or starts embedded Jetty from {@code WEB-INF/launcher}.
 */
package io.tandem.launch;
