import BetterSqlite3 from 'better-sqlite3';
import { toWeekEnd } from '../../server/src/onboarding/model/to-week-end.ts';
import { DAY_MS } from '@liftoff/shared/time/calendar';

const risks = ['low', 'low', 'medium', 'high', 'critical'] as const;

/**
 * `days` of assessment history for every onboarding of the portal, written straight into the SQLite file in one
 * transaction: one row a day (what a quiet onboarding in progress gets from the daily sweep) with a health that
 * wanders, and each week's last state. The service would take `days` days to write it; the reads are what is measured.
 */
export function seedBenchHistory(databasePath: string, portalId: string, days: number, now: number): number {
  const sqlite = new BetterSqlite3(databasePath);
  try {
    const rows = sqlite
      .prepare(`select company_id, owner_id, template_id, cohort from portfolio_rows where portal_id = ?`)
      .all(portalId) as { company_id: string; owner_id: string | null; template_id: string | null; cohort: string }[];
    const history = sqlite.prepare(
      `insert or ignore into assessment_history (portal_id, company_id, recorded_at, owner_id, status, phase,
       health_score, risk_level, escalation_level, open_signal_types_json)
       values (?, ?, ?, ?, 'in_progress', 'adoption', ?, ?, 0, '[]')`,
    );
    const week = sqlite.prepare(
      `insert or replace into history_weeks (portal_id, company_id, week_end, owner_id, template_id, cohort, status,
       phase, health_score, risk_level) values (?, ?, ?, ?, ?, ?, 'in_progress', 'adoption', ?, ?)`,
    );
    let written = 0;
    sqlite.transaction(() => {
      rows.forEach((row, index) => {
        for (let day = days; day >= 1; day -= 1) {
          const at = now - day * DAY_MS;
          const health = 40 + ((index * 7 + day * 3) % 55);
          const risk = risks[(index + Math.floor(day / 9)) % risks.length] as string;
          history.run(portalId, row.company_id, at, row.owner_id, health, risk);
          week.run(portalId, row.company_id, toWeekEnd(at), row.owner_id, row.template_id, row.cohort, health, risk);
          written += 1;
        }
      });
    })();
    return written;
  } finally {
    sqlite.close();
  }
}
