# Three panels over the load run's time: videos asked for and completed, RabbitMQ queue depths, CPU per process.
# gnuplot -e "folder='.kino/bench/load'" bench/load.gnuplot > load.svg
set terminal svg size 900,1000 dynamic font "DejaVu Sans,11"
set datafile separator ","
set key outside right top noenhanced
set grid
# Sixteen distinct colours, so that every queue and process keeps its own line.
array colours[16] = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", \
                     "#bcbd22", "#17becf", "#000000", "#aec7e8", "#ffbb78", "#98df8a", "#ff9896", "#c5b0d5"]
do for [k=1:16] { set linetype k linecolor rgb colours[k] }
set linetype cycle 16
set multiplot layout 3,1
set title "Videos asked for and completed"
set ylabel "videos"
plot folder."/progress.csv" using 1:2 with lines lw 2 title "asked", "" using 1:3 with lines lw 2 title "completed"
set title "Queue depths (ready + unacknowledged)"
set ylabel "messages"
plot for [i=2:*] folder."/queues.csv" using 1:i with lines lw 1.5 lt (i-1) title columnhead(i)
# A finished child's CPU (ffmpeg) lands on its parent at once, so the samples are spiky: a Bézier curve shows the trend.
set title "CPU per process (100 % = one core; Bézier-smoothed)"
set ylabel "%"
set xlabel "seconds since the load started"
plot for [i=2:*] folder."/cpu.csv" using 1:i smooth bezier with lines lw 1.5 lt (i-1) title columnhead(i)
unset multiplot
