import { describe, expect, it } from 'vitest';
import { timeLeft } from './intake/clock';
import { heat } from './analytics/TransitionHeatmap';
import { curveRows } from './analytics/SurvivalCurves';
import { progressionSeries } from './caseworker/ProgressionSection';

describe('the intake clocks', () => {
  const now = Date.parse('2026-12-07T10:00:00Z');
  it('say how long is left, and how long a deadline has been passed', () => {
    expect(timeLeft('2026-12-08T09:30:00Z', now)).toEqual({ words: '23 t 30 min tilbage', overdue: false });
    expect(timeLeft('2026-12-15T10:00:00Z', now)).toEqual({ words: '8 dage tilbage', overdue: false });
    expect(timeLeft('2026-12-07T09:15:00Z', now)).toEqual({ words: 'overskredet med 45 min', overdue: true });
    expect(timeLeft(undefined, now).words).toBe('–');
  });
});

describe('the survival curves', () => {
  it('start every group at 100 % and hold each step until the next month a group has one', () => {
    const rows = curveRows({
      groups: [
        { group: 'A', curve: { points: [{ month: 2, stillWaiting: 0.8 }, { month: 5, stillWaiting: 0.5 }] } },
        { group: 'B', curve: { points: [{ month: 3, stillWaiting: 0.9 }] } },
        { group: 'TOO_FEW', curve: { points: [] } },
      ],
    });
    expect(rows).toEqual([
      { month: 0, A: 100, B: 100 }, { month: 2, A: 80, B: 100 }, { month: 3, A: 80, B: 90 }, { month: 5, A: 50, B: 90 },
    ]);
  });
});

describe('the transition heat map', () => {
  it('keeps dark text on light cells and white text on dark ones', () => {
    expect(heat(0).color).toBe('#111');
    expect(heat(0.49).color).toBe('#111');
    expect(heat(0.5).color).toBe('#fff');
    expect(heat(undefined).background).toBe('transparent');
  });
});

describe('progression over time', () => {
  it('puts measurements on different scales on one 0–100 % axis, one row per day', () => {
    expect(progressionSeries([
      { dimension: 'ATTENDANCE', scaleMin: 0, scaleMax: 100, value: 80, measuredOn: '2026-11-02' },
      { dimension: 'WELL_BEING', scaleMin: 0, scaleMax: 10, value: 6, measuredOn: '2026-11-02' },
      { dimension: 'WELL_BEING', scaleMin: 1, scaleMax: 5, value: 5, measuredOn: '2026-10-01' },
    ])).toEqual([
      { measuredOn: '2026-10-01', WELL_BEING: 100 },
      { measuredOn: '2026-11-02', ATTENDANCE: 80, WELL_BEING: 60 },
    ]);
  });
});
