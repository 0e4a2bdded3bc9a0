import { STORAGE_KEY, VIEW_OPTIONS } from './view-options.ts';

/**
 * The inline head script that applies the reading view before first paint.
 * Precedence: URL parameters, then the route's own script (the /hant/ pages),
 * then the saved preference, then the defaults. Every option is set or
 * removed explicitly, so `?script=hans` works on a /hant/ page too.
 * When the view shows pinyin, the page is marked `data-load` until the ruby
 * on screen is built (zh-runs.ts), and reading.css keeps the text hidden that
 * long, so no line moves when the ruby comes.
 * Kept as a string so the page can inline it and the Content-Security-Policy
 * can carry its hash.
 */
export function viewStateScript(): string {
  const config = JSON.stringify({ o: VIEW_OPTIONS, k: STORAGE_KEY });
  return `(()=>{const c=${config},d=document.documentElement;d.classList.add('js');let s={};try{s=JSON.parse(localStorage.getItem(c.k)||'{}')}catch(e){}if(d.dataset.routeScript)s.script=d.dataset.routeScript;const q=new URLSearchParams(location.search);for(const k in c.o){const v=q.get(k)||s[k];if(!c.o[k].includes(v))continue;if(v===c.o[k][0])delete d.dataset[k];else d.dataset[k]=v}if(d.dataset.pinyin)d.dataset.load=''})()`;
}
