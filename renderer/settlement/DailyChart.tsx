import { useTranslation } from 'react-i18next';
import type { DailyRevenue } from '../../shared/ipc/settlement';
import { formatWon } from '../../shared/money';
import { niceCeiling, shortWon, ticks } from '../../shared/settlement/chart';

const W = 900;
const H = 220;
const PAD = { left: 52, right: 8, top: 10, bottom: 26 };

/**
 * Daily revenue as plain SVG (no chart library): one bar per day for total sales, the settlement
 * amount as a darker inner bar, a <title> on every day for the exact figures. Negative days
 * (returns outweighing sales) are drawn at zero and still listed in the tooltip.
 */
export function DailyChart({ points }: { points: DailyRevenue[] }) {
  const { t } = useTranslation();
  const max = niceCeiling(Math.max(0, ...points.map((p) => p.totalSale)));
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const slot = points.length ? innerW / points.length : innerW;
  const barW = Math.max(1, slot * 0.72);
  const y = (v: number) => PAD.top + innerH - (Math.max(0, v) / max) * innerH;
  const labelEvery = Math.max(1, Math.ceil(points.length / 10));
  const hasData = points.some((p) => p.lines > 0);

  return (
    <figure className="settlement-chart" data-testid="settlement-chart" data-days={points.length}>
      <figcaption className="settlement-chart__title">
        {t('settlement.chart.title')}
        <span className="settlement-chart__legend">
          <span className="settlement-chart__swatch settlement-chart__swatch--sale" aria-hidden="true" /> {t('settlement.chart.totalSale')}
          <span className="settlement-chart__swatch settlement-chart__swatch--settlement" aria-hidden="true" /> {t('settlement.chart.settlement')}
        </span>
      </figcaption>
      {!hasData ? (
        <p className="empty">{t('settlement.chart.empty')}</p>
      ) : (
        <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={t('settlement.chart.label')} className="settlement-chart__svg" preserveAspectRatio="xMidYMid meet">
          {ticks(max).map((v) => (
            <g key={v}>
              <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} className="settlement-chart__grid" />
              <text x={PAD.left - 6} y={y(v) + 4} textAnchor="end" className="settlement-chart__axis">
                {shortWon(v)}
              </text>
            </g>
          ))}
          {points.map((p, i) => {
            const x = PAD.left + i * slot + (slot - barW) / 2;
            const tip = t('settlement.chart.tooltip', { date: p.date, sale: formatWon(p.totalSale), settlement: formatWon(p.settlementAmount), lines: p.lines });
            return (
              <g key={p.date} data-testid="settlement-chart-day" data-date={p.date} data-total={p.totalSale}>
                <title>{tip}</title>
                <rect x={PAD.left + i * slot} y={PAD.top} width={slot} height={innerH} className="settlement-chart__hit" />
                <rect x={x} y={y(p.totalSale)} width={barW} height={PAD.top + innerH - y(p.totalSale)} className="settlement-chart__bar" />
                <rect x={x + barW * 0.2} y={y(p.settlementAmount)} width={barW * 0.6} height={PAD.top + innerH - y(p.settlementAmount)} className="settlement-chart__bar settlement-chart__bar--settlement" />
                {i % labelEvery === 0 && (
                  <text x={PAD.left + i * slot + slot / 2} y={H - 8} textAnchor="middle" className="settlement-chart__axis">
                    {p.date.slice(5)}
                  </text>
                )}
              </g>
            );
          })}
          <line x1={PAD.left} x2={W - PAD.right} y1={PAD.top + innerH} y2={PAD.top + innerH} className="settlement-chart__baseline" />
        </svg>
      )}
    </figure>
  );
}
