import { Resvg } from '@resvg/resvg-js';
const font = process.argv[2];
function bench(name, svg, opts){const t=[];for(let i=0;i<10;i++){const s=performance.now();const r=new Resvg(svg,opts);const m=performance.now();r.render().asPng();t.push([performance.now()-s, m-s]);}
t.sort((a,b)=>a[0]-b[0]);console.log(name,'median total',t[5][0].toFixed(1),'ctor',t[5][1].toFixed(1));}
const fopts={font:{loadSystemFonts:false,fontFiles:[font],defaultFontFamily:'Noto Sans SC'}};
const empty=`<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600"><rect width="800" height="600" fill="#fff"/></svg>`;
bench('notext+font', empty, fopts);
bench('notext nofont', empty, {font:{loadSystemFonts:false}});
const one=`<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600"><rect width="800" height="600" fill="#fff"/><text x="10" y="30" font-family="Noto Sans SC" font-size="16">A</text></svg>`;
bench('one latin char', one, fopts);
const onez=one.replace('>A<','>微<');bench('one cjk char', onez, fopts);
let many=`<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600">`;for(let i=0;i<20;i++)many+=`<text x="10" y="${30+i*28}" font-family="Noto Sans SC" font-size="16">ABC</text>`;many+='</svg>';
bench('20 text els', many, fopts);
