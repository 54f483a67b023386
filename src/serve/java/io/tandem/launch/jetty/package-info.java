/**
 * Embedded Jetty for {@code java -jar tandem.war serve}. Lives in {@code WEB-INF/launcher/classes},
 * loaded only by the launcher's class loader over the Jetty jars; never on the webapp's class path.
 * Imports: JDK and Jetty.
 */
package io.tandem.launch.jetty;
