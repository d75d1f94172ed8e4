import { compact } from './compact';
import { github } from './github';
import { json } from './json';
import type { Formatter } from './report';
import { sarif } from './sarif';
import { stylish } from './stylish';

export const FORMATTERS: Record<string, Formatter> = { stylish, compact, json, sarif, github };
export { repositoryRoot, wantColor, type ReportContext, type Formatter } from './report';
