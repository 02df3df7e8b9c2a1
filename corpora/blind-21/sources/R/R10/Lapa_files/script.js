// saved
var fbPage={name:"Zasas ozols",members:22,vote:"kopsapulce",sponsors:["Zasas mežs"]};
