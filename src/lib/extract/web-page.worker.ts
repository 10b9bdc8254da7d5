/// <reference lib="webworker" />
// Readability and linkedom reach the browser only through this worker, loaded when a web page is first read.
import { serve } from './serve.ts';
import { webPageToText } from './web-page.ts';

serve(({ html }) => webPageToText(html ?? ''));
