/**
 * Rule: at least 2 outbound emails/calls in the last 14 days and no reply (inbound email, connected call, meeting)
 * since the first of them → warning, high from 3 unanswered touches.
 */
import { toIsoDate } from '../../time/iso.ts';
import type { SignalRule } from './signal-rule.ts';

export const evaluateUnansweredOutreach: SignalRule = (_onboarding, facts, thresholds) => {
  const { windowDays, minOutbound, highFromOutbound } = thresholds.unansweredOutreach;
  const first = facts.firstOutreachInWindowAt;
  if (first === null || facts.outreachInWindow < minOutbound) return null;
  if (facts.lastReplyAt !== null && facts.lastReplyAt >= first) return null;
  const count = facts.outreachInWindow;
  return {
    type: 'unanswered_outreach',
    severity: count >= highFromOutbound ? 'high' : 'warning',
    evidence: `${count} outbound emails/calls in the last ${windowDays} days with no reply since ${toIsoDate(first)} (threshold: ${minOutbound}, high from ${highFromOutbound}).`,
    action: 'Change channel and go through the sponsor.',
  };
};
