/* saved page script */
window.addEventListener("load",function(){console.log("Sēlpils stāsti: talka, kopsapulce, balsojums");});
