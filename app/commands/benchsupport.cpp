#include "benchsupport.h"

#include <QElapsedTimer>
#include <algorithm>

namespace Bench {

double percentile(std::vector<double> samples, double fraction)
{
    if (samples.empty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const size_t index
        = std::min(samples.size() - 1, size_t(fraction * (samples.size() - 1) + 0.5));
    return samples.at(index);
}

namespace {

std::vector<double> time(int repeats, const std::function<void(int)> &work)
{
    work(0); // warm the page cache and prepared statements
    std::vector<double> samples;
    for (int i = 0; i < repeats; ++i) {
        QElapsedTimer timer;
        timer.start();
        work(i);
        samples.push_back(timer.nsecsElapsed() / 1e6);
    }
    return samples;
}

} // namespace

Measurement measure(const QString &name, double bar, int repeats,
                    const std::function<void(int)> &work, const std::function<void(int)> &floorWork)
{
    Measurement result;
    result.name = name;
    result.bar = bar;
    const auto samples = time(repeats, work);
    result.median = percentile(samples, 0.5);
    result.p90 = percentile(samples, 0.9);
    if (floorWork)
        result.floor = percentile(time(repeats, floorWork), 0.5);
    return result;
}

} // namespace Bench
