/**
 * Rules over approval ballots: {@link dk.prioritization.core.approval.Approval} (with an optional
 * cap such as "at most 5") and {@link dk.prioritization.core.approval.SatisfactionApproval}, both
 * counted through the mergeable {@link dk.prioritization.core.approval.ApprovalTally}.
 */
package dk.prioritization.core.approval;
