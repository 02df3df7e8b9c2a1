// saglabātās lapas palīgskripts
document.addEventListener('DOMContentLoaded',function(){
  var b=document.querySelectorAll('.see-more');
  for(var i=0;i<b.length;i++){b[i].addEventListener('click',function(e){e.target.parentNode.classList.add('open');});}
});
