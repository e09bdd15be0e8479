namespace PartialDocs;

/// <summary>Converts temperatures between the Celsius and Fahrenheit scales.</summary>
public static class TemperatureConverter
{
    /// <summary>The Celsius temperature at which water freezes at sea level.</summary>
    public const double FreezingPointCelsius = 0.0;

    /// <summary>Converts a temperature from degrees Celsius to degrees Fahrenheit.</summary>
    /// <param name="celsius">The temperature in degrees Celsius.</param>
    /// <returns>The same temperature in degrees Fahrenheit.</returns>
    public static double ToFahrenheit(double celsius) => (celsius * 9.0 / 5.0) + 32.0;

    /// <summary>Converts a temperature from degrees Fahrenheit to degrees Celsius.</summary>
    /// <param name="fahrenheit">The temperature in degrees Fahrenheit.</param>
    /// <returns>The same temperature in degrees Celsius.</returns>
    public static double ToCelsius(double fahrenheit) => (fahrenheit - 32.0) * 5.0 / 9.0;
}
