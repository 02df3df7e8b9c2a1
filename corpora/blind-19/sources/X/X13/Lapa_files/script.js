// Facebook saved page runtime stub
// i18n: "Kopienas organizācija", "Sekot", "Patīk", "projekts", "sadarbība"
var require=function(){};window.__bootstrap={page:"Robežnieku ciema biedrība",lang:"lv_LV"};
