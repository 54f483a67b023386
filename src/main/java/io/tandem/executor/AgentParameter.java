package io.tandem.executor;

import java.util.Optional;

/**
 * One parameter from an agent's meta-data.
 *
 * @param name       the parameter name (OCF_RESKEY_name)
 * @param required   required="1"
 * @param unique     unique="1" (OCF 1.0) or part of a unique-group (OCF 1.1)
 * @param reloadable reloadable="1" (OCF 1.1): a change needs only a reload
 * @param type       content type (string, integer, boolean, ...), "string" when absent
 * @param defaultValue the content default, if any
 * @param shortDesc  the English short description, or empty
 */
public record AgentParameter(String name, boolean required, boolean unique, boolean reloadable, String type,
        Optional<String> defaultValue, String shortDesc) {
}
