#!/usr/bin/env node
/** Print the closing `N passed, N failed` line from Vitest's JSON report. */
import { readFileSync } from 'node:fs';

const report = JSON.parse(readFileSync('test-results/vitest.json', 'utf8')) as {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
};
console.log(`${report.numPassedTests} passed, ${report.numFailedTests} failed, ${report.numPendingTests} skipped`);
process.exit(report.numFailedTests > 0 ? 1 : 0);
