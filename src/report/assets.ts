/**
 * The page's style and script, inline: the page opens from disk with no
 * network. The script draws the text chunk by chunk as it scrolls into view,
 * follows links into undrawn chunks, and shows an object's fields on click.
 * It reads its data with JSON.parse and writes it with textContent only.
 */

export const REPORT_CSS = `
*{box-sizing:border-box}
html,body{height:100%}
body{margin:0;display:flex;flex-direction:column;overflow:hidden;font:14px/1.5 system-ui,"Noto Sans CJK SC","WenQuanYi Zen Hei",sans-serif;color:#222;background:#fafafa}
header{flex:none;max-height:42vh;overflow:auto;padding:6px 16px;background:#fff;border-bottom:1px solid #ddd}
header h1{font-size:16px;margin:0;display:inline;margin-right:12px}
header .src{color:#666;font-size:12px;display:inline}
.top{display:flex;gap:10px 24px;flex-wrap:wrap;align-items:baseline;margin-top:4px}
table{border-collapse:collapse;font-size:13px}
th,td{padding:2px 8px;text-align:left;border-bottom:1px solid #eee;vertical-align:top}
#counts,#counts tbody,#counts tr{display:inline}#counts th,#counts td{display:inline;border:0;padding:0 2px}#counts th{font-weight:normal;color:#555}#counts tr{margin-right:10px}
#stated{margin:2px 0 0}#stated span{margin-right:10px}#stated .ok{color:#2f7d32}#stated .bad{color:#c62828;font-weight:bold}
tr.bad td,tr.bad th{color:#c62828;font-weight:bold}
#verdict{font-size:14px;margin:0 12px 0 0;display:inline}
.v-fail{color:#c62828}.v-warn{color:#ad5700}.v-pass{color:#2f7d32}
details.diags{margin-top:4px}
details.diags summary{cursor:pointer;font-weight:bold}
#diagnostics{margin-top:2px;max-height:16vh;overflow:auto;display:block}
.sev-error td:first-child{color:#c62828;font-weight:bold}
.sev-warning td:first-child{color:#ad5700;font-weight:bold}
.sev-info td:first-child{color:#0277bd}
.ex,.ac{color:#555;font-size:12px;margin-left:6px}
.legend span{display:inline-block;margin-right:10px;font-size:12px;padding:0 4px;border-left:4px solid}
main{flex:1;min-height:0;display:flex}
aside#nav{width:300px;flex:none;overflow:auto;padding:8px 10px;border-right:1px solid #ddd;background:#fff;font-size:13px}
aside#nav h2{font-size:15px;margin:4px 0}
aside#nav h3{font-size:13px;margin:10px 0 4px;color:#555}
aside#nav a{display:block;padding:1px 0 1px calc(var(--d,0)*12px + 2px);color:#1a4d8f;text-decoration:none;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
aside#nav a:hover{background:#eef3fb}
aside#nav a.doc{font-weight:bold;margin-top:6px}
aside#nav .unlinked{display:block;color:#c62828}
#text{flex:1;min-width:0;overflow:auto;padding:8px 0 50vh;font:15px/1.6 "Noto Serif CJK SC","Noto Sans CJK SC","WenQuanYi Zen Hei",serif;background:#fff}
.l{position:relative;padding:0 12px 0 4.2em;white-space:pre-wrap;word-break:break-all;border-left:4px solid transparent;min-height:1.6em;counter-increment:ln}
.l.c{counter-increment:none}
.l::before{content:counter(ln);position:absolute;left:0;width:3.4em;text-align:right;color:#aaa;font:12px/2 monospace;user-select:none}
.l.c::before{content:"↪"}
.l.fu{color:#aaa}
.l.fu::after{content:"furniture";font-size:11px;color:#aaa;margin-left:8px}
.l.un{background:#fff3cd;border-left-color:#ff6f00}
.l.un::after{content:"unclassified";font-size:11px;color:#ff6f00;font-weight:bold;margin-left:8px}
.b-task{border-left-color:#2f7d32;background:#f1f8f1}
.b-measure{border-left-color:#1565c0;background:#f0f5fc}
.b-article{border-left-color:#6a1b9a;background:#f8f2fb}
.b-outlet{border-left-color:#ad5700;background:#fdf6ec}
.b-table{border-left-color:#00838f;background:#eef8f8}
.bg{display:inline-block;font:bold 11px/1.4 system-ui,sans-serif;color:#fff;border-radius:3px;padding:0 4px;margin-right:6px;cursor:pointer;vertical-align:1px}
.bg-task{background:#2f7d32}.bg-measure{background:#1565c0}.bg-article{background:#6a1b9a}.bg-outlet{background:#ad5700}.bg-table{background:#00838f}
.m{cursor:pointer}
.u{border-bottom:2px solid #1565c0}
.dl{border-bottom:2px dotted #c2185b}
.d-error{text-decoration:underline wavy #c62828;background:#fde7e7}
.d-warning{text-decoration:underline wavy #ef8f00;background:#fff4e0}
.d-info{text-decoration:underline dotted #0277bd}
.dn{position:relative;padding:0 12px 0 4.2em;font:12px/1.8 system-ui,sans-serif;cursor:pointer}
.dn-error{color:#c62828}.dn-warning{color:#ad5700}.dn-info{color:#0277bd}
.flash{animation:flash 1.5s}
@keyframes flash{from{background:#ffeb3b}}
#panel{position:fixed;right:12px;bottom:12px;width:420px;max-height:60vh;overflow:auto;background:#fff;border:1px solid #bbb;box-shadow:0 2px 12px rgba(0,0,0,.2);padding:8px 12px;font-size:13px;display:none}
#panel.open{display:block}
#panel h4{margin:6px 0 2px}
#panel pre{white-space:pre-wrap;word-break:break-all;background:#f5f5f5;padding:6px;font-size:12px}
#panel .x{float:right;cursor:pointer;border:0;background:none;font-size:16px}
`;

export const REPORT_JS = `(function(){
"use strict";
var D=document,text=D.getElementById("text");
var objects=JSON.parse(D.getElementById("gb-objects").textContent);
var holders=text.children,drawnCount=0;
function draw(i){var h=holders[i];if(!h||h.hasAttribute("data-drawn"))return;h.innerHTML=D.getElementById("gb-c"+i).textContent;h.setAttribute("data-drawn","");h.style.height="";drawnCount++;var n=+h.dataset.a,c=h.children;for(var k=0;k<c.length;k++){var e=c[k];if(e.className.charAt(0)==="l"&&!e.classList.contains("c"))e.id="L"+n++;}}
function chunkOf(line){var lo=0,hi=holders.length-1;while(lo<=hi){var mid=(lo+hi)>>1,h=holders[mid];if(line<+h.dataset.a)hi=mid-1;else if(line>+h.dataset.b)lo=mid+1;else return mid;}return -1;}
function go(line,noHash){var i=chunkOf(line);if(i<0)return false;draw(i);var el=D.getElementById("L"+line);if(!el)return false;el.scrollIntoView({block:"center"});el.classList.remove("flash");void el.offsetWidth;el.classList.add("flash");if(!noHash)history.replaceState(null,"","#L"+line);return true;}
function drawAll(){for(var i=0;i<holders.length;i++)draw(i);}
if("IntersectionObserver" in window&&text.dataset.eager!=="1"){var io=new IntersectionObserver(function(es){es.forEach(function(e){if(e.isIntersecting){draw(+e.target.dataset.i);io.unobserve(e.target);}});},{root:text,rootMargin:"1500px 0px"});for(var i=0;i<holders.length;i++)io.observe(holders[i]);}else drawAll();
var panel=D.getElementById("panel"),body=D.getElementById("panel-body");
function el(tag,txt,cls){var e=D.createElement(tag);if(txt!=null)e.textContent=txt;if(cls)e.className=cls;return e;}
function unit(u){return u.name+(u.raw!==u.name?" (printed "+u.raw+")":"")+(u.etc?" 等":"")+(u.kind?" ["+u.kind+"]":"");}
function fmt(v){if(v==null)return String(v);if(Array.isArray(v))return v.map(function(x){return x&&typeof x==="object"&&"name" in x&&"raw" in x?unit(x):typeof x==="object"?JSON.stringify(x):String(x);}).join("、");if(typeof v==="object"){if("raw" in v&&("date" in v||"kind" in v))return v.raw+" → "+(v.date||v.kind);if("title" in v&&"number" in v)return v.number+" "+v.title;return JSON.stringify(v);}return String(v);}
function data(o){return o.d||(o.p&&objects[o.p[0]].d[o.p[1]][o.p[2]])||{};}
function show(ids){body.textContent="";ids.forEach(function(id){var o=objects[id];if(!o)return;o.d=data(o);body.appendChild(el("h4",o.l+"  ("+o.t+(o.r?", "+o.r:"")+")"));var t=el("table");Object.keys(o.d).forEach(function(k){var r=el("tr");r.appendChild(el("th",k));r.appendChild(el("td",fmt(o.d[k])));t.appendChild(r);});body.appendChild(t);var d=el("details");d.appendChild(el("summary","JSON"));d.appendChild(el("pre",JSON.stringify(o.d,null,2)));body.appendChild(d);});panel.classList.add("open");}
D.addEventListener("click",function(e){var t=e.target;if(!(t instanceof Element))return;if(t.closest("#panel .x")){panel.classList.remove("open");return;}var a=t.closest("a.go");if(a){e.preventDefault();go(+a.dataset.l);if(a.dataset.d)show([+a.dataset.d]);return;}if(t.closest("#panel"))return;var m=t.closest("[data-o]");if(m){show(m.dataset.o.split(" ").map(Number));return;}var b=t.closest("[data-b]");if(b)show([+b.dataset.b]);});
function fromHash(){var m=/^#L([0-9]+)$/.exec(location.hash);if(m)go(+m[1],true);}
window.addEventListener("hashchange",fromHash);fromHash();
window.gongbaoReport={go:go,draw:draw,drawAll:drawAll,drawn:function(){return drawnCount;},chunks:holders.length};
})();`;
