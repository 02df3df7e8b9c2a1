// saved page helper (offline copy)
document.addEventListener('DOMContentLoaded',function(){var b=document.querySelectorAll('.see-more');
for(var i=0;i<b.length;i++){b[i].style.display='none';}});
