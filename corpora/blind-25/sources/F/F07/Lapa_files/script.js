/* minified bundle (saved) */
(function(){var d=document,t={lbl:"Kopienas centrs",lb:"Laika banka",ld:"LEADER projekts",c:"Patīk"};window.__fb={t:t,init:function(){return !!d}};})();
