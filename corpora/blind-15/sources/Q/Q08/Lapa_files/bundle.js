/*! saved bundle stub */
var __fbcdn={saved:true,ts:1733000000};function noop(){}
