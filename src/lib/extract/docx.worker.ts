/// <reference lib="webworker" />
// mammoth reaches the browser only through this worker, loaded when a Word file is first read.
import { docxToText } from './docx.ts';
import { serve } from './serve.ts';

serve(async ({ bytes }) => ({ text: await docxToText(bytes ?? new Uint8Array()) }));
