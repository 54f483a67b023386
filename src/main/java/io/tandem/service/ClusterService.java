package io.tandem.service;

import java.util.List;

/**
 * The facade the dashboard, CLI and REST talk to. Queries are open to every signed-in role; commands take
 * the acting user and are checked against {@link Command#requiredRole()} here, so a UI bug cannot
 * bypass roles. Every command, refused or not, lands in the audit log.
 */
public interface ClusterService {

    /** The current state, as one consistent view model. */
    ClusterSnapshot snapshot();

    /** Simulates the command against the current state; changes nothing. */
    Preview preview(Command command);

    /** Applies the command as {@code actor}; throws {@link AccessDeniedException} when the role is too low. */
    CommandResult execute(Actor actor, Command command);

    /** The per-node allocation score breakdown of one resource. */
    ScoreBreakdown whyHere(String resource);

    ConfigurationText configuration();

    /** Validates crm configuration text, as the editor types. */
    List<ConfigProblem> validate(String crmText);

    /** Diff and simulated transition of committing {@code crmText}. */
    ConfigPreview previewConfiguration(String crmText);

    /** Newest first. */
    List<AuditEntry> audit(int limit);

    /** Newest first. */
    List<HistoryEvent> history(HistoryFilter filter);

    /** Notified after every state change; the listener is called on a service thread. */
    Registration subscribe(ClusterListener listener);

    /** The name of the node this service instance runs on (audit "from which node"). */
    String localNode();
}
