package be.miis.frontdesk.escalation;

import org.jspecify.annotations.Nullable;

/**
 * The open escalations of one expert in a queue ({@code assignee} null: not taken yet), and how many of them wait
 * for the customer, are at risk or are breached.
 */
public record Workload(@Nullable String assignee, long open, long waiting, long atRisk, long breached) {}
